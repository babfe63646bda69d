package io.articles.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the extractor reads of a document: its text in reading order (the first paragraph is read as a headline, which
 * may be in capitals or title case), the names it must not report (such as the byline's authors), and the speakers
 * its quotations name as written ("Mr Lavrov"), to be resolved to the people found.
 */
public record Document(List<String> paragraphs, List<String> excludedNames, List<String> speakers) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
        excludedNames = List.copyOf(excludedNames);
        // Null is a speaker the text does not name: the list keeps it (List.copyOf would refuse it).
        speakers = Collections.unmodifiableList(new ArrayList<>(speakers));
    }
}
