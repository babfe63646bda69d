package io.articles.people;

import java.util.List;

/**
 * A name-like phrase of the text that may refer to a person.
 *
 * @param words  the name's words, without title or possessive
 * @param title  the role the text gives it here, or null
 * @param strong whether the phrase is a person on its own evidence (a role, a given name, a speech verb, ...);
 *               a weak one counts only when it repeats a person found elsewhere in the article
 */
record Mention(List<String> words, String title, boolean strong) {
    String name() {
        return String.join(" ", words);
    }

    String first() {
        return words.get(0);
    }

    /** The surname: the last word but a generational suffix ("Trump" of "Donald Trump Jr."). */
    String last() {
        int last = words.size() - 1;
        return hasSuffix() ? words.get(last - 1) : words.get(last);
    }

    /** Whether the name ends in a generational suffix: "Jr.", "III". */
    boolean hasSuffix() {
        return words.size() > 1 && isSuffix(words.get(words.size() - 1));
    }

    private static boolean isSuffix(String word) {
        return word.length() <= 3 && switch (word) {
            case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" -> true;
            default -> false;
        };
    }

    long firstKey() {
        return WordTable.hash(first());
    }

    long lastKey() {
        return WordTable.hash(last());
    }
}
