package io.articles.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the body lines: photo captions come out, the dateline is split off the first paragraph, sections built. */
final class BodyReader {
    private BodyReader() {
    }

    static Body read(List<String> lines) {
        String caption = null;
        List<String> paragraphs = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (Captions.isCaption(line)) {
                caption = caption == null ? line : caption;
            } else {
                paragraphs.add(line);
            }
        }
        Optional<Dateline> dateline = paragraphs.isEmpty() ? Optional.empty() : DatelineReader.read(paragraphs.get(0));
        dateline.ifPresent(found -> paragraphs.set(0, found.rest()));
        return new Body(dateline.orElse(null), caption, SectionBuilder.build(paragraphs));
    }
}
