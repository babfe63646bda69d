package io.articles.people;

import io.articles.article.Article;
import io.articles.article.Quote;
import io.articles.article.Section;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the people an article mentions, by rules over gazetteers: name-like phrases are found paragraph by
 * paragraph ({@link NameFinder}), then merged across the article ({@link MentionResolver}). Cheap to construct;
 * the word lists load once per JVM, on first use.
 */
public final class PeopleExtractor {

    /** The article with its {@code people} filled and its quotes' speakers made canonical (null if not a person). */
    public Article extract(Article article) {
        MentionResolver resolved = resolve(paragraphs(article), article.authors());
        List<Quote> quotes = new ArrayList<>(article.quotes().size());
        NameFinder finder = new NameFinder(Lexicon.get());
        // Speakers repeat from quote to quote ("Linda Thomas-Greenfield" three times): each is resolved once.
        Map<String, String> canonicalBySpeaker = new HashMap<>();
        for (Quote quote : article.quotes()) {
            String speaker = quote.speaker();
            if (speaker != null && !canonicalBySpeaker.containsKey(speaker)) {
                canonicalBySpeaker.put(speaker, canonical(speaker, finder, resolved));
            }
            quotes.add(new Quote(quote.text(), speaker == null ? null : canonicalBySpeaker.get(speaker)));
        }
        return article.withPeople(resolved.people(), quotes);
    }

    /**
     * The people the paragraphs mention, in order of first mention by their fullest name.
     *
     * @param paragraphs    the article's text in reading order: headline, caption, headings and paragraphs (the first
     *                      is read as a headline, which may be in capitals or title case)
     * @param excludedNames names that are not to be reported, such as the byline's authors
     */
    public List<Person> people(List<String> paragraphs, Collection<String> excludedNames) {
        return resolve(paragraphs, excludedNames).people();
    }

    private static MentionResolver resolve(List<String> paragraphs, Collection<String> excludedNames) {
        NameFinder finder = new NameFinder(Lexicon.get());
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            finder.find(paragraphs.get(i), i == 0, mentions);
        }
        return MentionResolver.resolve(mentions, excludedNames);
    }

    /** The canonical name of the person a speaker string names ("Mr Lavrov" -> "Sergei Lavrov"), or null. */
    private static String canonical(String speaker, NameFinder finder, MentionResolver people) {
        List<Mention> mentions = new ArrayList<>();
        finder.find(speaker, mentions);
        return mentions.isEmpty() ? null : people.canonical(mentions.get(mentions.size() - 1));
    }

    private static List<String> paragraphs(Article article) {
        List<String> paragraphs = new ArrayList<>();
        add(paragraphs, article.headline());
        add(paragraphs, article.caption());
        for (Section section : article.sections()) {
            add(paragraphs, section.heading());
            section.paragraphs().forEach(paragraph -> add(paragraphs, paragraph));
        }
        return paragraphs;
    }

    private static void add(List<String> paragraphs, String text) {
        if (text != null && !text.isBlank()) {
            paragraphs.add(text);
        }
    }
}
