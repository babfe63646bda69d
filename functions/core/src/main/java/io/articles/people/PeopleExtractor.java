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
        List<Mention> mentions = mentions(document.paragraphs());
        MentionResolver resolved = MentionResolver.resolve(mentions, document.excludedNames());
        List<String> speakers = new ArrayList<>(document.speakers().size());
        Speakers names = new Speakers(new NameFinder(Lexicon.get()), resolved, mentions);
        // Speakers repeat from quote to quote ("Linda Thomas-Greenfield" three times): each is resolved once.
        Map<String, String> canonicalBySpeaker = new HashMap<>();
        for (String speaker : document.speakers()) {
            if (speaker != null && !canonicalBySpeaker.containsKey(speaker)) {
                canonicalBySpeaker.put(speaker, names.canonical(speaker));
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
        return MentionResolver.resolve(mentions(paragraphs), excludedNames);
    }

    private static List<Mention> mentions(List<String> paragraphs) {
        NameFinder finder = new NameFinder(Lexicon.get());
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            finder.find(paragraphs.get(i), i == 0, mentions);
        }
        return mentions;
    }
}
