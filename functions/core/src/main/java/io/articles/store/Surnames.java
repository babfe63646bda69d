package io.articles.store;

import io.articles.people.NameSuffixes;
import io.articles.text.Folding;
import io.articles.text.WordList;
import io.articles.text.WordSet;
import java.util.Arrays;
import java.util.Optional;

/**
 * Compound surnames: the surname a person is also found by when it is more than one word, hyphenated
 * ("Linda Thomas-Greenfield": "thomas greenfield") or led by particles ("Maria de la Cruz": "de la cruz",
 * "Pieter van Dijk": "van dijk"). The last word alone ("greenfield", "cruz") stays a surname too
 * ({@link ArticleIndex#surname}). Particles are the people extractor's (name-particles.txt).
 */
public final class Surnames {
    private static final WordSet PARTICLES = WordSet.ignoringCase(WordList.read("/io/articles/people/name-particles.txt"));
    /** As long as an index key may be (a longer compound is not indexed: no query of 200 characters finds it). */
    private static final int MAX_KEY_CHARS = 512;

    private Surnames() {
    }

    /** The folded compound surname of a display name, if it has one of two words or more. */
    public static Optional<String> compound(String name) {
        String[] tokens = name.strip().split("\\s+");
        int end = tokens.length;
        while (end > 1 && NameSuffixes.isSuffix(tokens[end - 1])) {
            end--;
        }
        if (end < 2) {
            return Optional.empty();
        }
        int start = end - 1;
        while (start > 0 && isParticle(tokens[start - 1])) {
            start--;
        }
        String compound = Folding.fold(String.join(" ", Arrays.asList(tokens).subList(start, end)));
        return compound.indexOf(' ') > 0 && compound.length() <= MAX_KEY_CHARS ? Optional.of(compound)
                : Optional.empty();
    }

    /**
     * Whether a person query of several words names a compound surname rather than a full name: one hyphenated
     * word ("Thomas-Greenfield") or words led by a particle ("de la Cruz", "van Dijk").
     */
    public static boolean isCompoundQuery(String text) {
        String[] tokens = text.strip().split("\\s+");
        return tokens.length == 1 || isParticle(tokens[0]);
    }

    /** Whether the person {@code name} is found by the folded surname {@code foldedSurname}. */
    public static boolean isSurnameOf(String foldedSurname, String name) {
        String folded = Folding.fold(name);
        return !folded.isEmpty() && (ArticleIndex.surname(folded).equals(foldedSurname)
                || compound(name).filter(foldedSurname::equals).isPresent());
    }

    private static boolean isParticle(String token) {
        return PARTICLES.contains(token);
    }
}
