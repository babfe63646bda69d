package io.articles.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The organisations an article names, looked up when a quotation is attributed to one: "the ministry" is the
 * "Ministry of Health" named before, "the FCA" the "Financial Conduct Authority", "Vaalkop" the "Vaalkop Platinum".
 * Names are the runs of capitalised words of the text (with the "of", "and", "&" inside them), read only when asked.
 */
final class Organisations {
    private static final int MAX_WORDS = 10;
    /** How many paragraphs back a name is looked for, besides the article's first few, where bodies are introduced. */
    private static final int WINDOW = 30;
    private static final int LEAD = 3;
    private static final String[] COMPANY_SUFFIXES = {"Ltd", "Inc", "plc", "PLC", "LLC", "AG", "GmbH", "SA", "NV",
        "Corp", "Co"};

    private final List<String> paragraphs;
    /** The capitalised runs of each paragraph, made on first use. */
    private final List<List<Run>> runs = new ArrayList<>();

    Organisations(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** A run of capitalised words and where it stands, with the words before and after it. */
    private record Run(List<String> words, String before, String after) {
        String name() {
            return String.join(" ", words);
        }
    }

    /**
     * The fullest name, in paragraphs {@code 0..p} (the nearest first), of the organisation a reference names: a
     * noun ("the council"), an acronym ("FCA") or a part of its name ("Vaalkop"). A noun that no name holds gives null.
     */
    String resolve(String reference, int p) {
        String bare = reference.startsWith("the ") || reference.startsWith("The ") ? reference.substring(4) : reference;
        if (bare.isEmpty()) {
            return null;
        }
        if (Character.isLowerCase(bare.charAt(0))) {
            String head = bare.substring(bare.lastIndexOf(' ') + 1);
            String capitalised = Character.toUpperCase(head.charAt(0)) + head.substring(1);
            Run run = nearest(p, capitalised, r -> r.words().contains(capitalised) && r.words().size() > 1);
            return run == null ? null : run.name();
        }
        List<String> words = List.of(bare.split(" "));
        if (words.size() == 1 && isAcronym(bare)) {
            Run run = nearest(p, null, r -> initials(r.words()).equals(bare));
            return run == null ? bare : run.name();
        }
        Run fuller = nearest(p, bare, r -> r.words().size() > words.size() && contains(r.words(), words));
        return fuller == null ? bare : fuller.name();
    }

    /**
     * Whether the text before calls the name an organisation's: after a noun for one ("payments company Tessaly
     * Pay", "the distributor, Goldcoast"), with a company suffix ("Brackenridge Leisure Ltd") or a word of one.
     */
    boolean isOrganisation(String name, int p) {
        List<String> words = List.of(name.split(" "));
        return nearest(p, name, r -> contains(r.words(), words) && isOrganisationRun(r)) != null;
    }

    private static boolean isOrganisationRun(Run run) {
        String before = run.before();
        if (before != null && Vocabulary.ORGANISATION_WORDS.contains(before)
                && !Vocabulary.PERSON_NOUNS.contains(before) && Character.isLowerCase(before.charAt(0))) {
            return true;
        }
        for (String word : run.words()) {
            if (Vocabulary.ORGANISATION_WORDS.contains(word) && Character.isUpperCase(word.charAt(0))) {
                return true;
            }
            for (String suffix : COMPANY_SUFFIXES) {
                if (word.equals(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A test of a run. */
    private interface Match {
        boolean matches(Run run);
    }

    /**
     * The longest matching run of the nearest paragraph before or at {@code p} that has one: of the {@link #WINDOW}
     * before, then of the article's first paragraphs. Only paragraphs holding {@code text} (when given) are read.
     */
    private Run nearest(int p, String text, Match match) {
        int last = Math.min(p, paragraphs.size() - 1);
        int first = Math.max(0, last - WINDOW);
        for (int q = last; q >= 0; q = q == first ? Math.min(first, LEAD) - 1 : q - 1) {
            if (text != null && !paragraphs.get(q).contains(text)) {
                continue;
            }
            Run best = null;
            for (Run run : runsOf(q)) {
                if (match.matches(run) && (best == null || run.words().size() > best.words().size())) {
                    best = run;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private List<Run> runsOf(int p) {
        while (runs.size() <= p) {
            runs.add(null);
        }
        if (runs.get(p) == null) {
            runs.set(p, read(paragraphs.get(p)));
        }
        return runs.get(p);
    }

    /** The capitalised runs of a paragraph: "National Medicines Regulatory Council", "Ministry of Health". */
    private static List<Run> read(String paragraph) {
        List<Run> found = new ArrayList<>();
        String[] tokens = paragraph.split(" ");
        List<String> run = new ArrayList<>();
        String before = null;
        String previous = null;
        for (int i = 0; i <= tokens.length; i++) {
            String token = i < tokens.length ? tokens[i] : "";
            String word = strip(token);
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && !(run.isEmpty() && word.equals("The"));
            boolean joiner = !run.isEmpty() && isJoiner(word) && i + 1 < tokens.length
                    && startsCapitalised(strip(tokens[i + 1]));
            if ((capitalised || joiner) && run.size() < MAX_WORDS) {
                if (run.isEmpty()) {
                    before = previous;
                }
                run.add(possessiveless(word));
                if (endsRun(token)) {
                    found.add(new Run(List.copyOf(run), before, null));
                    run.clear();
                }
            } else {
                if (!run.isEmpty()) {
                    found.add(new Run(List.copyOf(run), before, word));
                    run.clear();
                }
            }
            previous = word.isEmpty() ? previous : word;
        }
        return found;
    }

    private static boolean isJoiner(String word) {
        return switch (word) {
            case "of", "and", "&", "for", "de", "du", "des", "la", "le", "del", "y", "the" -> true;
            default -> false;
        };
    }

    private static boolean startsCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** A word followed by punctuation, or a possessive, ends its run: "Britain's Financial Conduct Authority". */
    private static boolean endsRun(String token) {
        if (token.isEmpty()) {
            return true;
        }
        char last = token.charAt(token.length() - 1);
        return last == ',' || last == '.' || last == ';' || last == ':' || last == ')' || last == '”' || last == '"'
                || token.endsWith("'s") || token.endsWith("’s") || last == '’' && token.length() > 1;
    }

    private static String strip(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start)) && token.charAt(start) != '&') {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1)) && token.charAt(end - 1) != '&') {
            end--;
        }
        return token.substring(start, end);
    }

    private static String possessiveless(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    private static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    private static boolean contains(List<String> longer, List<String> shorter) {
        for (int i = 0; i + shorter.size() <= longer.size(); i++) {
            if (longer.subList(i, i + shorter.size()).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
