package io.articles.article;

import io.articles.text.WordSet;
import java.util.List;

/** The words that make up a speaker's name in an attribution, and the titles in front of it. */
final class SpeakerNames {
    /** Capitalised words that open sentences but are not names. */
    private static final WordSet NOT_NAMES = new WordSet("The", "A", "An", "But", "And", "Or", "So", "Yet", "In", "On",
            "At", "As", "When", "While", "After", "Before", "However", "Meanwhile", "Also", "Then", "This", "That",
            "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
            "There", "Here", "Officials", "Analysts", "Experts", "Critics", "Sources", "Witnesses", "Residents",
            "Diplomats", "Observers", "Protesters", "Police", "Authorities", "Many", "Some", "Others", "Both",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December");


    private SpeakerNames() {
    }

    /** A title or a word of one, written with or without a period: "President", "Sen.", "Foreign". */
    static boolean isTitle(String word) {
        int end = word.endsWith(".") ? word.length() - 1 : word.length();
        return end > 0 && isCapitalised(word) && Vocabulary.TITLES.contains(word.substring(0, end));
    }

    /** A name word, or a particle between name words: "Abdullah bin Zayed". */
    static boolean isInName(List<String> words, int at) {
        String word = words.get(at);
        return isNameWord(word) || (isParticle(word) && at + 1 < words.size()
                && isNameWord(words.get(at + 1)));
    }

    static boolean isNameWord(String word) {
        if (!isCapitalised(word)) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        boolean possessive = word.endsWith("'s") || word.endsWith("’s");
        // The set look-up hashes the word: it comes after the tests on single characters.
        return !possessive && ",;:!?\"“”’()".indexOf(last) < 0 && !hasDigit(word) && !NOT_NAMES.contains(word);
    }

    static boolean isParticle(String word) {
        return Vocabulary.NAME_PARTICLES.contains(word);
    }

    /** Starts with a capital, or with a particle joined to a capitalised name: "al-Khatib", "el-Sisi". */
    static boolean isCapitalised(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        int dash = word.indexOf('-');
        return dash > 0 && dash + 1 < word.length() && Character.isUpperCase(word.charAt(dash + 1))
                && Vocabulary.NAME_PARTICLES.contains(word.substring(0, dash));
    }

    static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name in a run of capitalised words, cut after the last title word ("Russian President Vladimir Putin" gives
     * "Vladimir Putin"); a run that is all titles but for a surname that is also one ("John King") keeps it. Null
     * when no name is left.
     */
    static String withoutTitles(List<String> run) {
        int lastTitle = -1;
        for (int i = 0; i < run.size(); i++) {
            lastTitle = isTitle(run.get(i)) ? i : lastTitle;
        }
        List<String> name = run.subList(lastTitle + 1, run.size());
        if (name.isEmpty()) {
            int first = 0;
            while (first < run.size() && isTitle(run.get(first))) {
                first++;
            }
            name = run.subList(first, run.size());
        }
        return name.isEmpty() ? null : joined(name);
    }

    /** The words with a space between: {@code String.join} without its joiner, on this path for every verb. */
    private static String joined(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        StringBuilder name = new StringBuilder(words.get(0));
        for (int i = 1; i < words.size(); i++) {
            name.append(' ').append(words.get(i));
        }
        return name.toString();
    }
}
