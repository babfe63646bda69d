package io.articles.api;

import io.articles.store.ArticleIndex;
import io.articles.store.ArticleStore;
import io.articles.store.HeadlineWords;
import io.articles.store.Lookup;
import io.articles.store.Summary;
import io.articles.store.Surnames;
import io.articles.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code GET /articles?...}: which index partitions answer the filters, in which order, each restricted to the
 * date range; and the one check on the answer (a surname that names several people).
 */
final class ArticleSearch {
    static final Set<String> PARAMETERS = Set.of("date", "from", "to", "headline", "person", Parameters.LIMIT,
            Parameters.NEXT_TOKEN);
    private static final int MAX_NAMES_LISTED = 5;

    private final List<Lookup> lookups;
    /** The person parameter when it is one word, looked up as a surname; else null. */
    private final String surnameQuery;

    private ArticleSearch(List<Lookup> lookups, String surnameQuery) {
        this.lookups = lookups;
        this.surnameQuery = surnameQuery;
    }

    static ArticleSearch of(Parameters parameters) {
        Optional<DateRange> range = DateRange.of(parameters);
        Optional<String> person = parameters.text("person");
        Optional<String> headline = parameters.text("headline");
        if (person.isPresent() && headline.isPresent()) {
            throw ApiError.badRequest("person: expected either person or headline, not both");
        }
        String from = range.map(DateRange::fromSort).orElse(DateRange.FIRST_SORT_KEY);
        String to = range.map(DateRange::toSort).orElse(DateRange.LAST_SORT_KEY);
        if (person.isPresent()) {
            return byPerson(person.get(), from, to);
        }
        if (headline.isPresent()) {
            return byHeadline(headline.get(), from, to);
        }
        DateRange dates = range.orElseThrow(() -> ApiError.badRequest(
                "date: expected date, from and to, headline or person"));
        List<Lookup> months = new ArrayList<>();
        for (String partition : ArticleIndex.datePartitions(dates.from(), dates.to())) {
            months.add(lookup(partition, from, to));
        }
        return new ArticleSearch(months, null);
    }

    LookupQuery<Summary> query(ArticleStore store) {
        return new LookupQuery<>("articles", lookups, store::articles);
    }

    /** A one-word person that is the surname of several people on the page is a question, not an answer. */
    void checkUnambiguous(List<Summary> page) {
        if (surnameQuery == null) {
            return;
        }
        Map<String, String> namesakes = new TreeMap<>();
        for (Summary summary : page) {
            for (String name : summary.people()) {
                if (Surnames.isSurnameOf(surnameQuery, name)) {
                    namesakes.putIfAbsent(Folding.fold(name), name);
                }
            }
        }
        if (namesakes.size() > 1) {
            List<String> names = List.copyOf(namesakes.values());
            throw ApiError.badRequest("person: " + Parameters.quote(surnameQuery) + " matches several people: "
                    + String.join(", ", names.subList(0, Math.min(MAX_NAMES_LISTED, names.size())))
                    + (names.size() > MAX_NAMES_LISTED ? ", ..." : "") + "; give the full name");
        }
    }

    /**
     * One word: a surname (mononyms are indexed under it too). A hyphenated word or words led by a particle: a
     * compound surname ("Thomas-Greenfield", "de la Cruz"). Other words: the full name.
     */
    private static ArticleSearch byPerson(String name, String from, String to) {
        String folded = Folding.fold(name);
        if (folded.isEmpty()) {
            throw ApiError.badRequest("person: expected a name with at least one letter or digit, got "
                    + Parameters.quote(name));
        }
        if (folded.indexOf(' ') < 0 || Surnames.isCompoundQuery(name)) {
            return new ArticleSearch(List.of(lookup(ArticleIndex.surnamePartition(folded), from, to)), folded);
        }
        return new ArticleSearch(List.of(lookup(ArticleIndex.personPartition(name), from, to)), null);
    }

    /**
     * Exact headline matches first, unfiltered; then the headlines holding the longest word, filtered to those
     * holding every other word too and leaving out the exact matches already listed.
     */
    private static ArticleSearch byHeadline(String text, String from, String to) {
        List<String> words = new ArrayList<>(HeadlineWords.of(text));
        if (Folding.fold(text).isEmpty()) {
            throw ApiError.badRequest("headline: expected at least one letter or digit, got " + Parameters.quote(text));
        }
        if (words.isEmpty()) {
            throw ApiError.badRequest("headline: expected at least one word that is not a short common word "
                    + "such as 'the' or 'of'");
        }
        String longest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        words.remove(longest);
        return new ArticleSearch(List.of(lookup(ArticleIndex.headlinePartition(text), from, to),
                new Lookup(List.of(ArticleIndex.wordPartition(longest)), from, to, words, Folding.fold(text))), null);
    }

    private static Lookup lookup(String partition, String from, String to) {
        return new Lookup(List.of(partition), from, to, List.of(), null);
    }
}
