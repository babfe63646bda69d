package io.articles.article;

import io.articles.text.WordList;
import io.articles.text.WordSet;

/**
 * The word lists the article readers share with the people extractor, read from the extractor's files so that each
 * list has one home: a verb added to {@code speech-verbs.txt} attributes quotations and finds people alike. The lists
 * are written in lower case and matched in any case ("Mr", "MR").
 */
final class Vocabulary {
    private static final String LISTS = "/io/articles/people/";

    /** "said", "told", "argued", "continued": the verbs that attribute a quotation. */
    static final WordSet SPEECH_VERBS = list("speech-verbs.txt", "quote-verbs.txt");
    /**
     * The first and last letters of the speech verbs, as bits ('a' is bit 0): every word of a quotation's sentence is
     * asked whether it is one, and most are turned away by their letters before the set is looked at.
     */
    static final int SPEECH_VERB_FIRSTS = letters(0, "speech-verbs.txt", "quote-verbs.txt");
    static final int SPEECH_VERB_LASTS = letters(1, "speech-verbs.txt", "quote-verbs.txt");
    /** "Mr", "Gen", "Corp": words whose period does not end a sentence. */
    static final WordSet ABBREVIATIONS = list("abbreviations.txt");
    /** Lower-case words inside names: "Abdullah bin Zayed", "Ursula von der Leyen". */
    static final WordSet NAME_PARTICLES = list("name-particles.txt");
    /** Role nouns, the words that modify them, and honorifics: what comes before a name in "Foreign Minister X". */
    static final WordSet TITLES = list("role-heads.txt", "role-modifiers.txt", "honorifics.txt");
    /** Nouns for a person: "the governor", "one woman". */
    static final WordSet PERSON_NOUNS = list("role-heads.txt", "honorifics.txt");
    /** Words of organisations' names and nouns for them: "Ministry", "Council", "the regulator". */
    static final WordSet ORGANISATION_WORDS = list("org-words.txt", "org-nouns.txt");
    /** People not named, as a group: "officials", "residents". */
    static final WordSet GROUP_NOUNS = list("group-nouns.txt");

    private Vocabulary() {
    }

    /** The bits of the first ({@code end} 0) or last ({@code end} 1) letters of the lists' words. */
    private static int letters(int end, String... files) {
        int bits = 0;
        for (String file : files) {
            for (String word : WordList.read(LISTS + file)) {
                char c = Character.toLowerCase(end == 0 ? word.charAt(0) : word.charAt(word.length() - 1));
                bits |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
            }
        }
        return bits;
    }

    private static WordSet list(String... files) {
        String[][] lists = new String[files.length][];
        int size = 0;
        for (int i = 0; i < files.length; i++) {
            lists[i] = WordList.read(LISTS + files[i]);
            size += lists[i].length;
        }
        String[] words = new String[size];
        int at = 0;
        for (String[] list : lists) {
            System.arraycopy(list, 0, words, at, list.length);
            at += list.length;
        }
        return WordSet.ignoringCase(words);
    }
}
