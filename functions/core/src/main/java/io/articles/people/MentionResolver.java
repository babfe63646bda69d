package io.articles.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an article's candidate mentions into people, document-wide: a phrase that is a person once is a person
 * everywhere, full names are gathered first, then surnames and first names attach to the full name they shorten.
 */
final class MentionResolver {
    private final List<Cluster> clusters = new ArrayList<>();

    /** The people of the mentions, in order of the mention that introduces each, less the excluded names. */
    static List<Person> resolve(List<Mention> mentions, Collection<String> excludedNames) {
        MentionResolver resolver = new MentionResolver();
        resolver.gather(mentions);
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            resolver.clusterOf(mention, i).ifPresent(cluster -> cluster.count(mention));
        }
        return resolver.people(excludedNames);
    }

    /** A resolver that knows only people already resolved, for {@link #canonical}; build it once per article. */
    static MentionResolver of(List<Person> people) {
        MentionResolver resolver = new MentionResolver();
        for (Person person : people) {
            resolver.clusters.add(new Cluster(new Mention(List.of(person.name().split(" ")), null, true), 0));
        }
        return resolver;
    }

    /** The canonical name of the person a phrase names, among the people of {@link #of}. */
    Optional<String> canonical(Mention mention) {
        return clusterOf(mention, Integer.MAX_VALUE).map(cluster -> cluster.fullest().name());
    }

    private void gather(List<Mention> mentions) {
        Set<String> personPhrases = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.strong() && mention.words().size() > 1) {
                personPhrases.add(key(mention));
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            if (mention.words().size() > 1 && (mention.strong() || personPhrases.contains(key(mention)))) {
                addFullName(mention, i);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            if (mention.words().size() == 1 && mention.strong() && linked(mention, i).isEmpty()) {
                clusters.add(new Cluster(mention, i));
            }
        }
    }

    private void addFullName(Mention mention, int index) {
        for (Cluster cluster : clusters) {
            if (cluster.isSamePerson(mention)) {
                cluster.absorb(mention);
                return;
            }
        }
        clusters.add(new Cluster(mention, index));
    }

    private Optional<Cluster> clusterOf(Mention mention, int index) {
        if (mention.words().size() == 1) {
            return linked(mention, index);
        }
        for (Cluster cluster : clusters) {
            if (cluster.isSamePerson(mention)) {
                return Optional.of(cluster);
            }
        }
        return Optional.empty();
    }

    /**
     * The person a single word names: by surname (the one introduced before the word, when several share it), else by
     * a given name that only one person has.
     */
    private Optional<Cluster> linked(Mention mention, int index) {
        long word = mention.firstKey();
        Cluster bySurname = null;
        Cluster byGivenName = null;
        int givenNameMatches = 0;
        for (Cluster cluster : clusters) {
            if (cluster.hasSurname(word)) {
                if (bySurname == null || bySurname.order() > index && cluster.order() <= index) {
                    bySurname = cluster;
                }
            } else if (cluster.hasGivenName(word)) {
                byGivenName = cluster;
                givenNameMatches++;
            }
        }
        if (bySurname != null) {
            return Optional.of(bySurname);
        }
        return givenNameMatches == 1 ? Optional.of(byGivenName) : Optional.empty();
    }

    private List<Person> people(Collection<String> excludedNames) {
        Set<String> excluded = new HashSet<>();
        for (String name : excludedNames) {
            excluded.add(name.toLowerCase(Locale.ROOT));
        }
        return clusters.stream()
                .filter(cluster -> !excluded.contains(key(cluster.fullest())))
                .sorted(Comparator.comparingInt(Cluster::order))
                .map(Cluster::toPerson)
                .filter(person -> person.mentions() > 0)
                .toList();
    }

    private static String key(Mention mention) {
        return mention.key();
    }
}
