package io.articles.article;

import io.articles.people.Gazetteer;
import java.util.Locale;
import java.util.Set;

/**
 * Cleans a headline line into the headline a reader sees and its topic slug: a Markdown "# " goes, a slug before a
 * dash is split off ("SOCCER - ...", "UPDATE 2-...", "ALPINE SKIING-DOWNHILL RESULTS"), an attributed source after
 * one is dropped ("... - MINISTRY", "... - police"), and so is a single closing full stop ("?" and "..." stay).
 */
final class Headlines {
    private static final int MAX_SLUG_WORDS = 3;
    private static final int MAX_SLUG_LENGTH = 30;
    private static final int MAX_SOURCE_WORDS = 3;
    private static final int MIN_HEADLINE_WORDS = 2;
    /** Wire topic and status slugs that may touch the headline without spaces: "TENNIS-Nadal ...". */
    private static final Set<String> SLUG_WORDS = Set.of("soccer", "football", "tennis", "rugby", "golf", "cricket",
            "athletics", "cycling", "boxing", "baseball", "basketball", "hockey", "skiing", "olympics", "swimming",
            "sailing", "rowing", "motorsport", "nfl", "nba", "nhl", "mlb", "update", "corrected", "correction",
            "refile", "rpt", "repeat", "wrapup", "factbox", "analysis", "exclusive", "insight", "preview", "timeline",
            "brief", "breakingviews", "feature", "interview", "column", "editorial", "urgent", "flash", "advisory");
    /** Who a headline's trailing attribution names: "... - police", "... - sources", "... - MINISTRY". */
    private static final Set<String> SOURCE_WORDS = Set.of("source", "sources", "police", "ministry", "minister",
            "ministers", "statement", "report", "reports", "official", "officials", "spokesman", "spokeswoman",
            "spokesperson", "government", "media", "newspaper", "paper", "tv", "agency", "document", "documents",
            "data", "poll", "survey", "analysts", "traders", "dealers", "union", "court", "company", "president", "pm",
            "army", "military", "witnesses", "residents", "researchers", "study", "filing", "regulator", "say", "says",
            "said", "finance", "foreign", "economy", "interior", "defence", "defense", "health", "energy", "trade",
            "central", "bank", "state", "local", "the", "a", "industry", "group", "chief", "ceo", "board", "sec",
            "fed", "ecb", "imf", "opec", "un", "eu", "who", "white", "house", "kremlin", "pentagon");

    private Headlines() {
    }

    /** The headline as read and its slug (null when there is none). */
    record Cleaned(String headline, String slug) {
    }

    static Cleaned clean(String line) {
        String text = withoutMarkdown(line);
        String slug = null;
        int slugEnd = slugEnd(text);
        if (slugEnd > 0) {
            slug = slugText(text, slugEnd);
            text = text.substring(slugEnd).strip();
        }
        text = withoutSource(text);
        text = withoutFullStop(text);
        return new Cleaned(text, slug);
    }

    /** Whether the line is a Markdown heading of the first level or below ("# Headline"). */
    static boolean isMarkdownHeading(String line) {
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        return hashes > 0 && hashes <= 6 && hashes < line.length() && line.charAt(hashes) == ' ';
    }

    static String withoutMarkdown(String line) {
        return isMarkdownHeading(line) ? line.substring(line.indexOf(' ') + 1).strip() : line;
    }

    /** Whether the line opens with a topic slug and a dash ("RUGBY - WALES EDGE ..."): a headline, not a dateline. */
    static boolean hasSlug(String line) {
        return slugEnd(withoutMarkdown(line)) > 0;
    }

    /** Where the headline after the slug and its dash begins, or -1 when there is no slug. */
    private static int slugEnd(String text) {
        int i = 0;
        int words = 1;
        boolean letters = false;
        while (i < text.length() && i <= MAX_SLUG_LENGTH) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i + 1 < text.length() && Dashes.end(text, i + 1) > 0) {
                    break;
                }
                words++;
            } else if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return -1;
                }
                letters = true;
            } else if (!Character.isDigit(c) && c != '+' && c != '&') {
                break;
            }
            i++;
        }
        if (!letters || words > MAX_SLUG_WORDS || i >= text.length()) {
            return -1;
        }
        boolean spaced = text.charAt(i) == ' ';
        int dashAt = spaced ? i + 1 : i;
        int dashEnd = Dashes.end(text, dashAt);
        if (dashEnd < 0 || text.charAt(dashAt) == '|' || text.charAt(dashAt) == '•'
                || (spaced && (dashEnd >= text.length() || text.charAt(dashEnd) != ' '))) {
            return -1;
        }
        int restStart = dashEnd;
        while (restStart < text.length() && text.charAt(restStart) == ' ') {
            restStart++;
        }
        if (restStart >= text.length() || !isHeadlineStart(text.charAt(restStart))) {
            return -1;
        }
        String prefix = text.substring(0, i).strip();
        String rest = text.substring(restStart);
        if (rest.split(" ").length < MIN_HEADLINE_WORDS && !hasLowerCase(rest)) {
            return -1;
        }
        if (spaced) {
            return restStart;
        }
        boolean knownSlug = SLUG_WORDS.contains(firstWord(prefix).toLowerCase(Locale.ROOT));
        boolean shaped = knownSlug || hasDigit(prefix) || (prefix.indexOf(' ') > 0 && !Gazetteer.isPlace(prefix));
        return shaped ? restStart : -1;
    }

    private static String slugText(String text, int slugEnd) {
        String slug = text.substring(0, slugEnd).strip();
        int end = slug.length();
        while (end > 0 && (slug.charAt(end - 1) == '-' || slug.charAt(end - 1) == '—' || slug.charAt(end - 1) == '–'
                || slug.charAt(end - 1) == ' ')) {
            end--;
        }
        return slug.substring(0, end);
    }

    /** The headline without a trailing attributed source: "... - MINISTRY", "... - police". */
    private static String withoutSource(String text) {
        int dash = lastSpacedDash(text);
        if (dash < 0) {
            return text;
        }
        String head = text.substring(0, dash).strip();
        String source = text.substring(Dashes.end(text, dash + 1)).strip();
        String[] words = source.split(" ");
        if (source.isEmpty() || words.length > MAX_SOURCE_WORDS || head.split(" ").length < MIN_HEADLINE_WORDS + 1) {
            return text;
        }
        boolean headMixed = hasLowerCase(head);
        boolean sourceCapitals = !hasLowerCase(source) && hasLetter(source) && !hasDigit(source);
        if (headMixed && sourceCapitals) {
            return head;
        }
        for (String word : words) {
            if (!SOURCE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return text;
            }
        }
        return head;
    }

    /** The index of the space before the last " - ", " — " or " – " of the text, or -1. */
    private static int lastSpacedDash(String text) {
        for (int i = text.length() - 3; i > 0; i--) {
            if (text.charAt(i) == ' ') {
                int end = Dashes.end(text, i + 1);
                if (end > 0 && end < text.length() && text.charAt(end) == ' ' && text.charAt(i + 1) != '|'
                        && text.charAt(i + 1) != '•') {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String withoutFullStop(String text) {
        if (text.endsWith(".") && !text.endsWith("..") && text.length() > 1) {
            return text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }

    private static boolean isHeadlineStart(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'«$£€".indexOf(c) >= 0;
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static boolean hasLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
