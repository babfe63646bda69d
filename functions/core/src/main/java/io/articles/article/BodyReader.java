package io.articles.article;

import io.articles.text.Lines;
import io.articles.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the body lines: photo captions come out, the dateline is split off the first paragraph, sections built, and
 * the words of what is left added up from the counts the lines carry.
 */
final class BodyReader {
    private BodyReader() {
    }

    static Body read(Lines lines) {
        return read(lines, true);
    }

    /** The body; its first paragraph is read for a dateline when {@code findDateline} (the header has none). */
    static Body read(Lines lines, boolean findDateline) {
        String caption = null;
        List<String> paragraphs = new ArrayList<>(lines.size());
        int words = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Captions.isCaption(line)) {
                caption = caption == null ? line : caption;
            } else {
                paragraphs.add(line);
                words += lines.words(i);
            }
        }
        Optional<Dateline> dateline = paragraphs.isEmpty() || !findDateline ? Optional.empty()
                : DatelineReader.read(paragraphs.get(0));
        if (dateline.isPresent()) {
            words -= datelineWords(paragraphs.get(0), dateline.get().rest());
            paragraphs.set(0, dateline.get().rest());
        }
        return new Body(dateline.orElse(null), caption, SectionBuilder.build(paragraphs), words);
    }

    /**
     * The words the paragraph loses to its dateline ({@code rest} is its end): counted up to the first space after
     * the cut, since a dash may join the place to the text ("AMMAN—The") and both sides count then.
     */
    private static int datelineWords(String paragraph, String rest) {
        int cut = paragraph.length() - rest.length();
        int space = paragraph.indexOf(' ', cut);
        int end = space < 0 ? paragraph.length() : space;
        return Words.count(paragraph, 0, end) - Words.count(rest, 0, end - cut);
    }
}
