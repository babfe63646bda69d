package io.articles.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A name-like phrase of the text that may refer to a person. A class rather than a record so that what the resolver
 * derives from the words (the joined name, its key, the hashes of the given name and surname) is computed once per
 * mention, not once per comparison with each person.
 */
final class Mention {
    private final List<String> words;
    private final String title;
    private final boolean strong;
    private final boolean hasSuffix;
    /** Made on demand, then kept. */
    private String name;
    private String key;
    /** {@link WordTable#hash}es are never 0, so 0 means not computed yet. */
    private long firstKey;
    private long lastKey;

    /**
     * @param words  the name's words, without title or possessive
     * @param title  the role the text gives it here, or null
     * @param strong whether the phrase is a person on its own evidence (a role, a given name, a speech verb, ...);
     *               a weak one counts only when it repeats a person found elsewhere in the article
     */
    Mention(List<String> words, String title, boolean strong) {
        this.words = words;
        this.title = title;
        this.strong = strong;
        this.hasSuffix = words.size() > 1 && NameSuffixes.isSuffix(words.get(words.size() - 1));
    }

    /** The mention of the name's tokens, whose hashes are taken from the tokens: most are known from lookups. */
    Mention(Token[] name, String title, boolean strong) {
        this(words(name), title, strong);
        firstKey = name[0].key();
        lastKey = name[hasSuffix ? name.length - 2 : name.length - 1].key();
    }

    private static List<String> words(Token[] name) {
        List<String> words = new ArrayList<>(name.length);
        for (Token token : name) {
            words.add(token.text());
        }
        return words;
    }

    List<String> words() {
        return words;
    }

    String title() {
        return title;
    }

    boolean strong() {
        return strong;
    }

    /** The same phrase, made strong ("Chuck Close" in a list of people). */
    Mention strengthened() {
        Mention strong = new Mention(words, title, true);
        strong.firstKey = firstKey;
        strong.lastKey = lastKey;
        return strong;
    }

    String name() {
        if (name == null) {
            name = String.join(" ", words);
        }
        return name;
    }

    /** The name in lower case, as people are matched against excluded names. */
    String key() {
        if (key == null) {
            key = name().toLowerCase(Locale.ROOT);
        }
        return key;
    }

    String first() {
        return words.get(0);
    }

    /** The surname: the last word but a generational suffix ("Trump" of "Donald Trump Jr."). */
    String last() {
        int last = words.size() - 1;
        return hasSuffix ? words.get(last - 1) : words.get(last);
    }

    /** Whether the name ends in a generational suffix: "Jr.", "III". */
    boolean hasSuffix() {
        return hasSuffix;
    }


    long firstKey() {
        if (firstKey == 0) {
            firstKey = WordTable.hash(first());
        }
        return firstKey;
    }

    long lastKey() {
        if (lastKey == 0) {
            lastKey = WordTable.hash(last());
        }
        return lastKey;
    }

    @Override
    public String toString() {
        return "Mention[words=" + words + ", title=" + title + ", strong=" + strong + "]";
    }
}
