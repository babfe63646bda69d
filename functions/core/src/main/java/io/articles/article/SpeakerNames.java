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
    /** Titles and the words of titles: everything up to the last of them in a name run is dropped. */
    private static final WordSet TITLES = new WordSet("President", "Vice", "Prime", "Minister", "Foreign",
            "Secretary", "General", "Undersecretary", "Under", "State", "Senator", "Sen.", "Representative", "Rep.",
            "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor", "King", "Queen", "Prince", "Princess",
            "Crown", "Sheikh", "Sheikha", "Emir", "Sultan", "Pope", "Chancellor", "Ambassador", "Envoy", "Special",
            "Spokesman", "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman", "Director", "Deputy", "Chief",
            "Executive", "Commissioner", "Judge", "Justice", "Attorney", "Defence", "Defense", "Interior", "Finance",
            "Health", "Affairs", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Professor", "Prof.", "Sir",
            "Dame", "Lord", "Lady", "Gen.", "Col.", "Maj.", "Lt.", "Capt.", "Adm.", "Sgt.", "Colonel", "Major",
            "Captain", "Lieutenant", "Admiral", "Commander", "Marshal", "Speaker", "House", "Leader", "Premier", "MP",
            "Secretary-General");

    /** Lower-case words inside names: "Abdullah bin Zayed", "Ursula von der Leyen". */
    private static final WordSet NAME_PARTICLES = new WordSet("al", "bin", "bint", "ibn", "abu", "de", "da", "di",
            "du", "van", "von", "der", "den", "la", "le", "el", "dos", "das", "del");

    private SpeakerNames() {
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word);
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
        return NAME_PARTICLES.contains(word);
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
                && NAME_PARTICLES.contains(word.substring(0, dash));
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
            lastTitle = TITLES.contains(run.get(i)) ? i : lastTitle;
        }
        List<String> name = run.subList(lastTitle + 1, run.size());
        if (name.isEmpty()) {
            int first = 0;
            while (first < run.size() && TITLES.contains(run.get(first))) {
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
