package io.articles.store;

import java.util.List;

/** What a list of articles shows for each: carried on every index item, so listing needs no second read. */
public record Summary(String id, String headline, String publishedDate, String agency, List<String> people) {
    public Summary {
        people = List.copyOf(people);
    }
}
