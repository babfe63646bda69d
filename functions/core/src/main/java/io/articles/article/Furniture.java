package io.articles.article;

import io.articles.text.Lines;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Site furniture: the navigation, sharing, voting, newsletter and copyright lines a saved page carries around the
 * article. They are recognised whole (a body paragraph that merely mentions "print" stays), and only when short.
 */
final class Furniture {
    private static final int MAX_LENGTH = 160;
    private static final Set<String> LINES = Set.of(
            "you are here", "get top stories and blog posts emailed to you each day", "home", "share", "share this",
            "share this article", "share on facebook", "share on twitter", "print", "print this article", "email",
            "e-mail", "email this article", "facebook", "twitter", "tweet", "whatsapp", "linkedin", "telegram",
            "comments", "comment", "leave a comment", "read more", "related", "related articles", "related news",
            "advertisement", "subscribe", "newsletter", "sign up", "log in", "login", "register", "back to top",
            "font size", "no votes yet", "tags", "most read", "most popular", "menu", "search", "reuter");
    private static final List<String> PREFIXES = List.of(
            "read more", "read also", "see also", "related:", "share this", "share on ", "follow us", "©",
            "copyright ©", "copyright (c)", "copyright 1", "copyright 2", "(c) ", "click here", "sign up for",
            "subscribe to");
    /** The whole furniture lines by length: a line is compared only with those of its own length, without copies. */
    private static final String[][] LINES_BY_LENGTH = byLength(LINES);
    /** The prefixes by their initial (lower case, below U+0100): a line is compared only with those of its own. */
    private static final String[][] PREFIXES_BY_INITIAL = byInitial(PREFIXES);
    private static final String VOTED = " users have voted";
    private static final String VOTED_ONE = " user has voted";
    private static final int MAX_VOTE_DIGITS = 9;

    private Furniture() {
    }

    /** The lines without furniture, and the vote count the page showed (null when it showed none). */
    static Page strip(Lines lines) {
        Lines.Builder kept = new Lines.Builder();
        Integer votes = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            OptionalInt lineVotes = votes(line);
            if (lineVotes.isPresent()) {
                votes = votes == null ? lineVotes.getAsInt() : votes;
            } else if (!isFurniture(line)) {
                kept.add(line, lines.words(i));
            }
        }
        return new Page(kept.build(), votes);
    }

    static boolean isFurniture(String line) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        if (line.contains("ights reserved") || line.contains("IGHTS RESERVED")) {
            return true;
        }
        if (isFurnitureLine(line)) {
            return true;
        }
        return hasFurniturePrefix(line);
    }

    /** One of {@link #LINES}, in any case, with trailing link punctuation: what {@link #key} would find in the set. */
    private static boolean isFurnitureLine(String line) {
        int end = keyEnd(line);
        if (end >= LINES_BY_LENGTH.length) {
            return false;
        }
        for (String furniture : LINES_BY_LENGTH[end]) {
            if (line.regionMatches(true, 0, furniture, 0, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFurniturePrefix(String line) {
        char initial = Character.toLowerCase(line.charAt(0));
        if (initial >= PREFIXES_BY_INITIAL.length) {
            return false;
        }
        for (String prefix : PREFIXES_BY_INITIAL[initial]) {
            if (line.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** The count of a "46 users have voted." line. */
    static OptionalInt votes(String line) {
        int digits = 0;
        while (digits < line.length() && isAsciiDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > MAX_VOTE_DIGITS || line.length() > MAX_LENGTH) {
            return OptionalInt.empty();
        }
        String rest = key(line.substring(digits));
        boolean voted = rest.equals(VOTED) || rest.equals(VOTED_ONE);
        return voted ? OptionalInt.of(Integer.parseInt(line, 0, digits, 10)) : OptionalInt.empty();
    }

    /** Lower case, without the trailing punctuation and arrows pages put after links. */
    private static String key(String line) {
        return line.substring(0, keyEnd(line)).toLowerCase(Locale.ROOT);
    }

    /** Where the line ends without that punctuation and the spaces before it. */
    private static int keyEnd(String line) {
        int end = line.length();
        while (end > 0 && ".:!»›>|".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static String[][] byInitial(List<String> prefixes) {
        String[][] byInitial = new String[256][];
        for (char initial = 0; initial < byInitial.length; initial++) {
            char first = initial;
            byInitial[initial] = prefixes.stream().filter(prefix -> prefix.charAt(0) == first).toArray(String[]::new);
        }
        return byInitial;
    }

    private static String[][] byLength(Set<String> lines) {
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        String[][] byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int size = length;
            byLength[length] = lines.stream().filter(line -> line.length() == size).sorted().toArray(String[]::new);
        }
        return byLength;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The page's article lines and its reader vote count. */
    record Page(Lines lines, Integer votes) {
    }
}
