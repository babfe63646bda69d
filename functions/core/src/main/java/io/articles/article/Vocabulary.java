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
