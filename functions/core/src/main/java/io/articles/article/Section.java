package io.articles.article;

import java.util.List;

/** A run of body paragraphs under an optional subheading ({@code null} for the opening section). */
public record Section(String heading, List<String> paragraphs) {
    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
