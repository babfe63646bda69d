package io.articles.store;

/** A person in the people directory, as autocomplete lists them. */
public record PersonEntry(String name, long articles) {
}
