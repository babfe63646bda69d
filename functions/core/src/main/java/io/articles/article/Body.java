package io.articles.article;

import java.util.List;

/**
 * The article below its header.
 *
 * @param dateline  the dateline that opened it, or null
 * @param caption   the first photo caption found in it, or null
 * @param sections  its paragraphs under their subheadings
 * @param wordCount the words of its headings and paragraphs
 */
record Body(Dateline dateline, String caption, List<Section> sections, int wordCount) {
    Body {
        sections = List.copyOf(sections);
    }
}
