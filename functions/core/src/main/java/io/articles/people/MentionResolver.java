package io.articles.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an article's candidate mentions into people, document-wide: a phrase that is a person once is a person
 * everywhere, full names are gathered first, then surnames and first names attach to the full name they shorten.
 */
final class MentionResolver {
    private final List<Cluster> clusters;

    private MentionResolver(List<Cluster> clusters) {
        this.clusters = clusters;
    }

    /**
     * The people of the mentions, less the excluded names, in order of the mention that introduces each: a resolver
     * that lists them ({@link #people}) and names the people of other phrases after them ({@link #canonical}).
     */
    static MentionResolver resolve(List<Mention> mentions, Collection<String> excludedNames) {
        MentionResolver resolver = new MentionResolver(new ArrayList<>());
        resolver.gather(mentions);
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            Cluster cluster = resolver.clusterOf(mention, i);
            if (cluster != null) {
                cluster.count(mention);
            }
        }
        return new MentionResolver(resolver.reported(excludedNames));
    }

    List<Person> people() {
        List<Person> people = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            people.add(cluster.toPerson());
        }
        return Collections.unmodifiableList(people);
    }

    /** The canonical name of the person a phrase names, among the {@link #people}, or null. */
    String canonical(Mention mention) {
        Cluster cluster = clusterOf(mention, Integer.MAX_VALUE);
        return cluster == null ? null : cluster.fullest().name();
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
            if (mention.words().size() == 1 && mention.strong() && linked(mention, i) == null) {
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

    /** The person the mention names, or null. */
    private Cluster clusterOf(Mention mention, int index) {
        if (mention.words().size() == 1) {
            return linked(mention, index);
        }
        for (Cluster cluster : clusters) {
            if (cluster.isSamePerson(mention)) {
                return cluster;
            }
        }
        return null;
    }

    /**
     * The person a single word names: by surname (the one introduced before the word, when several share it), else by
     * a given name that only one person has; null if none.
     */
    private Cluster linked(Mention mention, int index) {
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
            return bySurname;
        }
        return givenNameMatches == 1 ? byGivenName : null;
    }

    /** The clusters to report, in order of introduction: mentioned, and not of an excluded name. */
    private List<Cluster> reported(Collection<String> excludedNames) {
        Set<String> excluded = new HashSet<>();
        for (String name : excludedNames) {
            excluded.add(name.toLowerCase(Locale.ROOT));
        }
        List<Cluster> reported = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            if (cluster.mentions() > 0 && !excluded.contains(key(cluster.fullest()))) {
                reported.add(cluster);
            }
        }
        reported.sort(Comparator.comparingInt(Cluster::order));
        return reported;
    }

    private static String key(Mention mention) {
        return mention.key();
    }
}
