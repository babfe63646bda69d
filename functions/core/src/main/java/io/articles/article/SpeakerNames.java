package io.articles.article;

import io.articles.text.Chars;
import io.articles.article.Attribution.Gender;
import io.articles.text.WordSet;

/** The words that make up a speaker's name in an attribution, the titles in front of it, and what they tell. */
final class SpeakerNames {
    /** Capitalised words that open sentences but are not names. */
    static final WordSet NOT_NAMES = new WordSet("The", "A", "An", "But", "And", "Or", "So", "Yet", "In", "On",
            "At", "As", "When", "While", "After", "Before", "However", "Meanwhile", "Also", "Then", "This", "That",
            "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
            "There", "Here", "Officials", "Analysts", "Experts", "Critics", "Sources", "Witnesses", "Residents",
            "Diplomats", "Observers", "Protesters", "Police", "Authorities", "Many", "Some", "Others", "Both",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December", "Not", "No",
            "Every", "All", "Each", "Any", "Most", "Several", "Few", "For", "From", "With", "Without", "If",
            "Because", "Although", "Though", "Since", "Until", "Despite", "During", "Under", "Over", "Among",
            "Asked", "Speaking", "Outside", "Inside", "Near", "Across", "Around", "Through", "Following",
            "According", "Like", "Unlike", "Everyone", "Everybody", "Nobody", "Somebody", "Someone", "Anyone",
            "Nothing", "Something", "What", "Which", "Who", "Why", "How", "Where", "Whether", "Once", "Now", "Still",
            "Instead", "Even", "Only", "Just", "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Tomorrow",
            "Tonight", "Other", "Another", "One", "Two", "Three", "Such", "My", "Your", "Thousands", "Hundreds",
            "Dozens", "People", "Shares", "Prices", "Sales", "Asked", "Back", "Among", "By", "To", "Of", "Up",
            "Down", "Off", "Out", "Amid", "Against", "Meanwhile", "Separately", "Elsewhere", "Overall", "Indeed");
    /** Words that say a referent is a woman or a man; role nouns ending in "woman" or "man" say it too. */
    private static final WordSet FEMININE = WordSet.ignoringCase("ms", "mrs", "miss", "madam", "madame", "mme",
            "dame", "lady", "queen", "princess", "empress", "duchess", "countess", "baroness", "sister", "mother",
            "daughter", "wife", "widow", "aunt", "niece", "grandmother", "girl", "woman", "actress", "sra", "frau",
            "mum", "mom", "nun", "congresswoman", "chairwoman", "spokeswoman", "businesswoman", "councilwoman",
            "sportswoman", "policewoman", "stateswoman", "headmistress", "waitress", "hostess", "heiress");
    private static final WordSet MASCULINE = WordSet.ignoringCase("mr", "sir", "lord", "king", "prince", "emperor",
            "duke", "count", "baron", "brother", "father", "son", "husband", "widower", "uncle", "nephew",
            "grandfather", "boy", "man", "actor", "sr", "herr", "monsieur", "dad", "monk", "congressman",
            "chairman", "spokesman", "businessman", "councilman", "sportsman", "policeman", "statesman",
            "headmaster", "waiter", "host", "heir", "sheikh", "emir", "sultan");

    private SpeakerNames() {
    }

    /** A title or a word of one, written with or without a period: "President", "Sen.", "Foreign". */
    static boolean isTitle(String word) {
        int end = word.endsWith(".") ? word.length() - 1 : word.length();
        return end > 0 && isCapitalised(word) && Vocabulary.TITLES.contains(word.substring(0, end));
    }

    /** The token is a title or a word of one, in any case, with or without a period: "chairman", "Sen.". */
    static boolean isTitleWord(SentenceTokens t, int i) {
        return t.isTitle(i);
    }

    /** A capitalised word that may be part of a name: not a sentence opener, month or number. */
    static boolean isNameWord(SentenceTokens t, int i) {
        return t.isNameWord(i);
    }

    /** A capitalised word that may be part of a name, read on its own (a byline's): not possessive, no digit. */
    static boolean isNameWord(String word) {
        if (!isCapitalised(word)) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        boolean possessive = word.endsWith("'s") || word.endsWith("’s");
        return !possessive && ",;:!?\"“”’()".indexOf(last) < 0 && !hasDigit(word) && !NOT_NAMES.contains(word);
    }

    static boolean isNotName(SentenceTokens t, int i) {
        return t.isNotName(i);
    }

    static boolean isParticle(String word) {
        return Vocabulary.NAME_PARTICLES.contains(word);
    }

    /** Starts with a capital, or with a particle joined to a capitalised name: "al-Khatib", "el-Sisi". */
    static boolean isCapitalised(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (Chars.isUpperCase(word.charAt(0))) {
            return true;
        }
        int dash = word.indexOf('-');
        return dash > 0 && dash + 1 < word.length() && Chars.isUpperCase(word.charAt(dash + 1))
                && Vocabulary.NAME_PARTICLES.contains(word.substring(0, dash));
    }

    /** The same for the word in {@code chars[from, to)}. */
    static boolean isCapitalised(char[] chars, int from, int to) {
        if (from >= to) {
            return false;
        }
        if (Chars.isUpperCase(chars[from])) {
            return true;
        }
        // "al-Khatib": a short particle and a hyphen; most lower-case words are turned away in a few characters.
        for (int i = from + 1; i + 1 < to && i < from + 5; i++) {
            if (chars[i] == '-') {
                return Chars.isUpperCase(chars[i + 1]) && Vocabulary.NAME_PARTICLES.contains(chars, from, i);
            }
        }
        return false;
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

    /** What the word says of its referent's gender: "Ms", "chairwoman", "Mr", "spokesman"; UNKNOWN mostly. */
    static Gender genderOf(SentenceTokens t, int i) {
        if (t.inWithoutDot(i, FEMININE)) {
            return Gender.FEMALE;
        }
        if (t.inWithoutDot(i, MASCULINE)) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    /**
     * The name in the run of tokens {@code [from, to)}, cut after the last title word ("Russian President Vladimir
     * Putin" gives "Vladimir Putin", "Minister of Water Nour Khalil" gives "Nour Khalil"); a run that is all titles
     * but for a surname that is also one ("John King") keeps it. Null when no name is left.
     */
    static String withoutTitles(SentenceTokens t, int from, int to) {
        int lastTitle = from - 1;
        for (int i = from; i < to; i++) {
            if (isTitleWord(t, i) || t.isPossessive(i) && i + 1 < to) {
                lastTitle = i;
            } else if (t.isText(i, "of") && lastTitle == i - 1 && i + 2 < to) {
                // "Minister of Water Nour Khalil": the word after "of" is the portfolio.
                lastTitle = i + 1;
                i++;
            }
        }
        int first = lastTitle + 1;
        if (first >= to) {
            first = from;
            while (first < to && isTitleWord(t, first)) {
                first++;
            }
        }
        while (first < to && !t.isCapitalised(first)) {
            first++;
        }
        int last = to;
        while (last > first && !t.isCapitalised(last - 1)) {
            last--;
        }
        if (first >= last) {
            return null;
        }
        StringBuilder name = new StringBuilder(24);
        for (int i = first; i < last; i++) {
            if (t.isWord(i)) {
                if (name.length() > 0) {
                    name.append(' ');
                }
                t.appendCore(i, name);
            }
        }
        return name.toString();
    }
}
