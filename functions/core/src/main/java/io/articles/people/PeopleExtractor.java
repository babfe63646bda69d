package io.articles.people;

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

    /** The people the document mentions, and the canonical names of its speakers. */
    public Extraction extract(Document document) {
        MentionResolver resolved = resolve(document.paragraphs(), document.excludedNames());
        List<String> speakers = new ArrayList<>(document.speakers().size());
        NameFinder finder = new NameFinder(Lexicon.get());
        // Speakers repeat from quote to quote ("Linda Thomas-Greenfield" three times): each is resolved once.
        Map<String, String> canonicalBySpeaker = new HashMap<>();
        for (String speaker : document.speakers()) {
            if (speaker != null && !canonicalBySpeaker.containsKey(speaker)) {
                canonicalBySpeaker.put(speaker, canonical(speaker, finder, resolved));
            }
            speakers.add(speaker == null ? null : canonicalBySpeaker.get(speaker));
        }
        return new Extraction(resolved.people(), speakers);
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
}
