package io.articles.article;

import io.articles.text.WordSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads attributions around speech verbs in a stretch of text outside quotation marks: "Name said", "Name told",
 * "she said", and, right after a closing quote, the inverted "said Name". The name is the run of capitalised words
 * next to the verb (see {@link SpeakerNames}).
 */
final class AttributionReader {
    /** Speech verbs: every word of a paragraph with a quotation is looked up. */
    private static final int MIN_VERB_LENGTH = 4;
    /** Verbs that may come before their speaker after a quote: "...," said Ayman Safadi. Not "told" (its object). */
    private static final WordSet INVERTED = new WordSet("said", "says", "added", "adds", "asked", "continued",
            "explained", "insisted", "noted", "replied", "wrote", "warned", "stressed", "argued", "recalled",
            "concluded", "cautioned");
    private static final WordSet PRONOUNS = new WordSet("he", "she", "He", "She");
    /** Words between a speaker and the verb: "Nuland also said", "Lavrov has repeatedly said". */
    private static final WordSet SKIPPED = new WordSet("also", "later", "then", "earlier", "again", "once", "has",
            "had", "have", "further", "yesterday", "today");
    private static final WordSet WEEKDAYS = new WordSet("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    /** Enough words around a verb for a speaker with titles: "NATO Secretary General Jens Stoltenberg". */
    private static final int MAX_RUN = 8;

    private final String text;
    private final char[] chars;

    /** Reads {@code text}, whose characters the caller already has in {@code chars}. */
    AttributionReader(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
    }

    /** Whether the word in {@code [start, end)}, without the punctuation after it, is a speech verb. */
    boolean isVerb(int start, int end) {
        char initial = chars[start];
        // Every word of the body comes here: most are turned away before their punctuation is looked at.
        if (initial < 'a' || initial > 'z' || end - start < MIN_VERB_LENGTH) {
            return false;
        }
        return Vocabulary.SPEECH_VERBS.contains(chars, start, coreEnd(start, end));
    }

    /**
     * The attribution around the speech verb in {@code [start, end)}: the speaker before it, back to {@code from}
     * (the start of the stretch outside quotation marks), or, when {@code firstAfterQuote}, the speaker after it up
     * to {@code to}. Null when there is none.
     */
    Attribution at(int from, int start, int end, int to, boolean firstAfterQuote) {
        Attribution before = speakerBefore(wordsBefore(from, start));
        if (before != null) {
            return before;
        }
        boolean inverted = firstAfterQuote && INVERTED.contains(chars, start, coreEnd(start, end));
        return inverted ? speakerAfter(wordsAfter(end, to)) : null;
    }

    /** "Senator Bob Menendez [said]", "Lavrov on Monday [said]", "she [said]". */
    private static Attribution speakerBefore(List<String> words) {
        int k = 0;
        while (k < words.size()) {
            String word = words.get(k);
            if (SKIPPED.contains(word) || isAdverb(word)) {
                k++;
            } else if (WEEKDAYS.contains(word) && k + 1 < words.size() && words.get(k + 1).equals("on")) {
                k += 2;
            } else {
                break;
            }
        }
        if (k < words.size() && PRONOUNS.contains(words.get(k))) {
            return Attribution.PRONOUN;
        }
        List<String> run = new ArrayList<>(MAX_RUN);
        for (int j = k; j < words.size() && SpeakerNames.isInName(words, j); j++) {
            run.add(words.get(j));
        }
        if (afterTitleOf(words, k + run.size(), run.size())) {
            run.remove(run.size() - 1);
        }
        Collections.reverse(run);
        return named(run);
    }

    private static Attribution named(List<String> run) {
        String name = SpeakerNames.withoutTitles(run);
        return name == null ? null : new Attribution(name);
    }

    /** "Minister of Water Nour Khalil": the run's first word is the portfolio of the title before "of". */
    private static boolean afterTitleOf(List<String> words, int beyondRun, int runLength) {
        return runLength > 1 && beyondRun + 1 < words.size() && words.get(beyondRun).equals("of")
                && SpeakerNames.isTitle(words.get(beyondRun + 1));
    }

    /** "[said] Ayman Safadi, the foreign minister", "[said] she". */
    private static Attribution speakerAfter(List<String> words) {
        if (!words.isEmpty() && PRONOUNS.contains(core(words.get(0)))) {
            return Attribution.PRONOUN;
        }
        List<String> cores = words.stream().map(AttributionReader::core).toList();
        List<String> run = new ArrayList<>(MAX_RUN);
        for (int j = 0; j < cores.size() && SpeakerNames.isInName(cores, j); j++) {
            boolean abbreviatedTitle = SpeakerNames.isTitle(words.get(j));
            run.add(abbreviatedTitle ? words.get(j) : cores.get(j));
            if (!abbreviatedTitle && cores.get(j).length() < words.get(j).length()) {
                break;
            }
        }
        return named(run);
    }

    private static boolean isAdverb(String word) {
        return word.length() > 4 && word.endsWith("ly") && Character.isLowerCase(word.charAt(0));
    }

    /**
     * The words before {@code at}, nearest first: up to {@link #MAX_RUN}, and no further than the first that cannot
     * be part of an attribution, so that prose ("the ministry said") costs one word.
     */
    private List<String> wordsBefore(int from, int at) {
        List<String> words = new ArrayList<>(MAX_RUN);
        int i = at;
        while (words.size() < MAX_RUN && (words.isEmpty() || mayPrecedeVerb(words.get(words.size() - 1)))) {
            while (i > from && chars[i - 1] == ' ') {
                i--;
            }
            if (i <= from) {
                break;
            }
            int end = i;
            while (i > from && chars[i - 1] != ' ') {
                i--;
            }
            words.add(text.substring(i, end));
        }
        return words;
    }

    private static boolean mayPrecedeVerb(String word) {
        return SpeakerNames.isNameWord(word) || SpeakerNames.isParticle(word) || SKIPPED.contains(word)
                || isAdverb(word) || word.equals("on") || word.equals("of");
    }

    /** Up to {@link #MAX_RUN} words from {@code at}. */
    private List<String> wordsAfter(int at, int to) {
        List<String> words = new ArrayList<>(MAX_RUN);
        int i = at;
        while (words.size() < MAX_RUN) {
            while (i < to && chars[i] == ' ') {
                i++;
            }
            if (i >= to) {
                break;
            }
            int start = i;
            while (i < to && chars[i] != ' ') {
                i++;
            }
            words.add(text.substring(start, i));
        }
        return words;
    }


    private int coreEnd(int start, int end) {
        int coreEnd = end;
        while (coreEnd > start && isTrailing(chars[coreEnd - 1])) {
            coreEnd--;
        }
        return coreEnd;
    }

    /** The word without the punctuation after it. */
    private static String core(String word) {
        int end = word.length();
        while (end > 0 && isTrailing(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(0, end);
    }

    /** Punctuation that may follow a word: "said," "Safadi." "Tuesday,”". */
    private static boolean isTrailing(char c) {
        if (c >= 'a' && c <= 'z') {
            return false;
        }
        return switch (c) {
            case ',', '.', ';', ':', '!', '?', '"', '”', '’', ')' -> true;
            default -> false;
        };
    }
}
