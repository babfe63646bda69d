package io.articles.article;

import java.util.Objects;

/**
 * A direct quotation and who said it, when the text says so: a person, or an organisation whose statement it is
 * ({@code speaker} is null and the type {@link SpeakerType#UNKNOWN} otherwise).
 */
public record Quote(String text, String speaker, SpeakerType speakerType) {
    public Quote {
        Objects.requireNonNull(speakerType, "speakerType");
        if (speaker == null) {
            speakerType = SpeakerType.UNKNOWN;
        } else if (speakerType == SpeakerType.UNKNOWN) {
            speakerType = SpeakerType.PERSON;
        }
    }

    /** A quotation said by a person, or by no one the text names when {@code speaker} is null. */
    public Quote(String text, String speaker) {
        this(text, speaker, speaker == null ? SpeakerType.UNKNOWN : SpeakerType.PERSON);
    }
}
