package io.articles.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the speakers of an article's quotations after its people: a name as the attribution gives it ("Mr Rivera",
 * "Cárdenas", "Seitkali") becomes the fullest name the article gives that person ("Carlos Rivera", "Emiliano
 * Cárdenas Villaseñor", "Daniyar Seitkali"), and a role ("the governor", "the deputy mayor") the person the article
 * gives that role.
 */
final class Speakers {
    private final NameFinder finder;
    private final MentionResolver resolved;
    private final List<Mention> mentions;
    private final List<Person> people;

    Speakers(NameFinder finder, MentionResolver resolved, List<Mention> mentions) {
        this.finder = finder;
        this.resolved = resolved;
        this.mentions = mentions;
        this.people = resolved.people();
    }

    /** The canonical name of the person a speaker string names or describes, or null. */
    String canonical(String speaker) {
        if (speaker.isEmpty()) {
            return null;
        }
        if (!Character.isUpperCase(speaker.charAt(0))) {
            return byRole(speaker);
        }
        List<Mention> found = new ArrayList<>();
        finder.find(speaker, found);
        // A name alone may not pass the finder's rules ("Pike" is also a fish): the attribution says it is one.
        Mention mention = found.isEmpty() ? new Mention(List.of(speaker.split(" ")), null, false)
                : found.get(found.size() - 1);
        String name = resolved.canonical(mention);
        List<String> words = name == null ? mention.words() : List.of(name.split(" "));
        String fuller = fuller(words);
        if (fuller != null) {
            return fuller;
        }
        // A full name next to a speech verb is a person's even where the extractor's rules find too little
        // evidence to list them ("Guðrún Sigurðardóttir said"), if the finder takes it for a name at all.
        return name != null ? name : words.size() > 1 && !found.isEmpty() ? String.join(" ", words) : null;
    }

    /**
     * The one longest name among the article's mentions that holds these words in a row ("Daniyar Seitkali" for
     * "Seitkali", "Emiliano Cárdenas Villaseñor" for "Cárdenas"); null when there is none, or two that disagree
     * ("Lionel Marsh" and "Delphine Marsh" for "Marsh").
     */
    private String fuller(List<String> words) {
        List<String> longest = null;
        for (Mention mention : mentions) {
            List<String> candidate = mention.words();
            if (candidate.size() <= words.size() || !containsInOrder(candidate, words)) {
                continue;
            }
            if (longest == null || containsInOrder(candidate, longest)) {
                longest = candidate;
            } else if (!containsInOrder(longest, candidate)) {
                return null;
            }
        }
        return longest == null ? null : String.join(" ", longest);
    }

    private static boolean containsInOrder(List<String> longer, List<String> shorter) {
        for (int i = 0; i + shorter.size() <= longer.size(); i++) {
            if (longer.subList(i, i + shorter.size()).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person whose roles in the article match a role reference's noun ("the governor": "Turkana County
     * Governor"), the one matching more of its words when several do ("the deputy mayor"); null if none or a tie.
     */
    private String byRole(String role) {
        String[] words = role.toLowerCase(Locale.ROOT).split(" ");
        String head = RoleNouns.stem(words[words.length - 1]);
        Person best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Person person : people) {
            int score = 0;
            for (String title : person.titles()) {
                String[] titleWords = title.toLowerCase(Locale.ROOT).split(" ");
                if (!RoleNouns.stem(titleWords[titleWords.length - 1]).equals(head)) {
                    continue;
                }
                int matched = 1;
                for (int i = 0; i < words.length - 1; i++) {
                    for (String titleWord : titleWords) {
                        matched += titleWord.equals(words[i]) ? 1 : 0;
                    }
                }
                score = Math.max(score, matched);
            }
            if (score > bestScore) {
                best = person;
                bestScore = score;
                tie = false;
            } else if (score > 0 && score == bestScore) {
                tie = true;
            }
        }
        return best == null || tie ? null : best.name();
    }
}
