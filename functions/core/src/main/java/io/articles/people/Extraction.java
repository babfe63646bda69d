package io.articles.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the extractor found in a {@link Document}: the people, in order of first mention by their fullest name, and
 * for each of the document's speakers, in the same order, the canonical name of the person it names ("Mr Lavrov" ->
 * "Sergei Lavrov"), or null where the speaker is null or not a person the document mentions.
 */
public record Extraction(List<Person> people, List<String> speakers) {
    public Extraction {
        people = List.copyOf(people);
        // Null is a speaker the text does not name: the list keeps it (List.copyOf would refuse it).
        speakers = Collections.unmodifiableList(new ArrayList<>(speakers));
    }
}
