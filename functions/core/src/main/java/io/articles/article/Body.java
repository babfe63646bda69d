package io.articles.article;

import java.util.List;

/**
 * The article below its header.
 *
 * @param dateline the dateline that opened it, or null
 * @param caption  the first photo caption found in it, or null
 * @param sections its paragraphs under their subheadings
 */
record Body(Dateline dateline, String caption, List<Section> sections) {
    Body {
        sections = List.copyOf(sections);
    }

    int wordCount() {
        int words = 0;
        for (Section section : sections) {
            words += section.heading() == null ? 0 : Words.count(section.heading());
            for (String paragraph : section.paragraphs()) {
                words += Words.count(paragraph);
            }
        }
        return words;
    }
}
