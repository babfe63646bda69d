package io.articles.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The mentions of one person gathered so far: the fullest name, the count, the roles. */
final class Cluster {
    private final int order;
    private Mention fullest;
    private long firstKey;
    private long lastKey;
    private int mentions;
    /** Lower-cased role to role as first written; made on the first role, as most people are given none. */
    private Map<String, String> titles;

    Cluster(Mention first, int order) {
        this.order = order;
        name(first);
    }

    private void name(Mention mention) {
        fullest = mention;
        firstKey = mention.firstKey();
        lastKey = mention.lastKey();
    }

    /** Whether the fullest name's given name is this word ({@link WordTable#hash}). */
    boolean hasGivenName(long key) {
        return firstKey == key;
    }

    boolean hasSurname(long key) {
        return lastKey == key;
    }

    int order() {
        return order;
    }

    int mentions() {
        return mentions;
    }

    Mention fullest() {
        return fullest;
    }

    /** Whether a longer or equal mention names the same person: same surname and first word, or a sub-phrase. */
    boolean isSamePerson(Mention mention) {
        List<String> mine = fullest.words();
        List<String> theirs = mention.words();
        if (!fullest.last().equalsIgnoreCase(mention.last()) || isOtherGeneration(mention)) {
            return false;
        }
        return isSameGivenName(fullest.first(), mention.first()) || endsWith(mine, theirs) || endsWith(theirs, mine);
    }

    /** Equal, or one letter apart after the same initial: the text's own misspelling ("Kristin", "Kristen"). */
    private static boolean isSameGivenName(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        if (a.length() != b.length() || a.length() < 4 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            differences += Character.toLowerCase(a.charAt(i)) == Character.toLowerCase(b.charAt(i)) ? 0 : 1;
        }
        return differences == 1;
    }

    /** "Donald Trump" and "Donald Trump Jr.": the same words but for a generational suffix name two people. */
    private boolean isOtherGeneration(Mention mention) {
        return fullest.hasSuffix() != mention.hasSuffix() && fullest.words().size() > 1 && mention.words().size() > 1;
    }

    private static boolean endsWith(List<String> longer, List<String> shorter) {
        return longer.size() >= shorter.size()
                && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    void absorb(Mention mention) {
        if (mention.words().size() > fullest.words().size()) {
            name(mention);
        }
    }

    void count(Mention mention) {
        mentions++;
        if (mention.title() != null) {
            if (titles == null) {
                titles = new LinkedHashMap<>();
            }
            titles.putIfAbsent(mention.title().toLowerCase(Locale.ROOT), mention.title());
        }
    }

    Person toPerson() {
        return new Person(fullest.name(), mentions, titles == null ? List.of() : List.copyOf(titles.values()));
    }
}
