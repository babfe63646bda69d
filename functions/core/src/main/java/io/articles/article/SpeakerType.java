package io.articles.article;

import java.util.Locale;

/** What kind of speaker a quotation has: a person, an organisation (a statement), or none the text names. */
public enum SpeakerType {
    PERSON, ORGANISATION, UNKNOWN;

    /** The type as the JSON writes it: "person", "organisation", "unknown". */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
