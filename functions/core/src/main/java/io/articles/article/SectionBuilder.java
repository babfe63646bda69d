package io.articles.article;

import io.articles.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups body paragraphs into sections. A short standalone line followed by a paragraph is a subheading and opens
 * a new section; the quote marks sites put around quoted subheadings ('Putin will not stop') are removed.
 */
final class SectionBuilder {
    private static final int MAX_HEADING_LENGTH = 80;
    private static final int MAX_HEADING_WORDS = 10;
    private static final String QUOTE_MARKS = "\"'“”‘’«»";
    private static final String SENTENCE_PUNCTUATION = ".,;:!?";

    private final List<Section> sections = new ArrayList<>();
    private String heading;
    private List<String> paragraphs = new ArrayList<>();

    private SectionBuilder() {
    }

    static List<Section> build(List<String> body) {
        SectionBuilder builder = new SectionBuilder();
        for (int i = 0; i < body.size(); i++) {
            boolean beforeParagraph = i + 1 < body.size() && !isHeadingShaped(body.get(i + 1));
            String line = body.get(i);
            if (beforeParagraph && isHeadingShaped(line)) {
                builder.startSection(unquoted(line));
            } else {
                builder.paragraphs.add(line);
            }
        }
        builder.closeSection();
        return builder.sections;
    }

    private void startSection(String newHeading) {
        closeSection();
        heading = newHeading;
        paragraphs = new ArrayList<>();
    }

    private void closeSection() {
        if (heading != null || !paragraphs.isEmpty()) {
            sections.add(new Section(heading, paragraphs));
        }
    }

    /** Short, a few words, capitalised, and not ending like a sentence. */
    static boolean isHeadingShaped(String line) {
        if (line.length() > MAX_HEADING_LENGTH) {
            return false;
        }
        String text = unquoted(line);
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0))
                && SENTENCE_PUNCTUATION.indexOf(text.charAt(text.length() - 1)) < 0
                && Words.count(text) <= MAX_HEADING_WORDS;
    }

    /** The line without the quote marks around it. */
    static String unquoted(String line) {
        int start = 0;
        int end = line.length();
        while (end - start >= 2 && isQuoteMark(line.charAt(start)) && isQuoteMark(line.charAt(end - 1))) {
            start++;
            end--;
        }
        return line.substring(start, end).strip();
    }

    private static boolean isQuoteMark(char c) {
        return QUOTE_MARKS.indexOf(c) >= 0;
    }
}
