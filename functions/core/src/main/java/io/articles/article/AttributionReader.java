package io.articles.article;

import io.articles.article.Attribution.Gender;
import io.articles.article.Attribution.Kind;
import io.articles.text.WordSet;
import java.util.Locale;

/**
 * A small clause grammar over a sentence's {@link SentenceTokens}: who speaks at a speech verb, who the sentence is
 * about, and who utters a partial quotation inside reported speech.
 *
 * <ul>
 * <li>Speaker before the verb: {@code [role phrase][,] name[, apposition,] [adverbs] verb} ("Harbour Authority
 * chairman Ruth Okafor said", "The Transport Minister, Dana Kovac, said", "Priya Raman, the FCA's director, warned",
 * "she told", "the governor told", "the ministry said").</li>
 * <li>Speaker after the verb, right after a quotation: {@code verb [the] [owner's] [role words][,] name} ("said the
 * union's Tom Becker", "said Het Avondblad's film critic, Ana Ruiz", "said one trader"), and after "according to".</li>
 * <li>The subject of a sentence: the noun phrase that opens it, after an opening adverbial ("In London, ..."), with
 * the name of a role apposition ("Dunmore's manager, Gail Prentice, was ...").</li>
 * </ul>
 *
 * A phrase is typed as it is read: a person's name (titles cut off: "Russian President Vladimir Putin" gives
 * "Vladimir Putin"), a pronoun, a role ("the deputy mayor"), an organisation (an organisation word, an acronym,
 * "the Kremlin", a noun such as "the regulator") or an unnamed speaker ("one trader", "officials").
 */
final class AttributionReader {
    /** Verbs that may come before their speaker after a quote: "...," said Ayman Safadi. Not "told" (its object). */
    private static final WordSet INVERTED = new WordSet("said", "says", "added", "adds", "asked", "asks",
            "continued", "explained", "insisted", "noted", "replied", "wrote", "warned", "stressed", "argued",
            "recalled", "concluded", "cautioned", "observed", "recalls", "remarked", "admitted", "acknowledged",
            "countered", "declared", "conceded", "shouted", "posted", "tweeted", "responded", "joked", "laughed",
            "agreed", "complained", "suggested", "pleaded", "urged", "announced", "claimed", "confirmed");
    /** Words between a speaker and the verb: "Nuland also said", "Lavrov has repeatedly said". */
    private static final WordSet BETWEEN = new WordSet("also", "later", "then", "earlier", "again", "once", "has",
            "had", "have", "further", "yesterday", "today", "tonight", "previously", "first", "would", "will", "did",
            "does", "could", "might", "may", "late", "simply", "just", "now", "still", "quickly", "even", "not",
            "never", "herself", "himself", "themselves", "itself", "too");
    private static final WordSet WEEKDAYS = new WordSet("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "morning", "evening", "night", "afternoon", "weekend");
    private static final WordSet INDEFINITE = WordSet.ignoringCase("a", "an", "one", "another", "some", "several",
            "many", "two", "three", "four", "five", "other", "any", "each", "every", "no", "most");
    private static final WordSet DEFINITE = WordSet.ignoringCase("the", "his", "her", "its", "their", "our", "my",
            "your", "this", "that", "these", "those");
    /** Words that end a noun phrase read forward: clause words and prepositions. */
    private static final WordSet PHRASE_ENDS = WordSet.ignoringCase("who", "whose", "which", "that", "in", "on",
            "at", "as", "to", "after", "before", "and", "but", "or", "when", "while", "because", "during", "from",
            "with", "by", "about", "into", "over", "said", "says", "told", "was", "is", "were", "are", "has", "had",
            "have", "will", "would", "could", "can", "did", "does", "not", "also", "since", "until", "if", "than",
            "where", "outside", "inside", "near", "through", "for", "of");
    /** Words that open a sentence with an adverbial, up to its comma: "In London, ...", "Asked about it, ...". */
    private static final WordSet OPENERS = WordSet.ignoringCase("in", "at", "on", "after", "before", "outside",
            "inside", "during", "with", "without", "asked", "speaking", "despite", "since", "although", "though",
            "when", "while", "as", "earlier", "later", "under", "over", "for", "from", "following", "unlike", "like",
            "amid", "across", "near", "once", "if", "because", "until", "by", "back", "last", "this", "next",
            "within", "writing", "addressing", "responding", "for", "to", "upon", "among", "instead", "shortly",
            "overnight", "elsewhere", "separately", "meanwhile", "however", "still", "now", "then", "yet", "also",
            "but", "and", "so", "on", "nearby", "further", "today", "yesterday", "tonight", "born", "raised",
            "based", "known", "educated", "trained", "having", "according");
    private static final WordSet CONJUNCTIONS = WordSet.ignoringCase("but", "and", "yet", "so", "still",
            "meanwhile", "however", "instead", "now", "also", "then", "indeed", "separately", "later", "earlier");
    /** Verbs of a reported clause around a partial quotation that are not speech verbs: "called it", "accused". */
    private static final WordSet REPORTING = new WordSet("called", "calls", "described", "describes", "dismissed",
            "accused", "accuses", "denounced", "condemned", "praised", "branded", "labelled", "labeled", "urged",
            "vowed", "promised", "pledged", "hailed", "criticised", "criticized", "slammed", "welcomed", "blamed",
            "termed", "dubbed", "likened", "compared", "rejected", "promise", "promises", "calling", "describing",
            "urging", "vowing", "saying", "telling", "adding", "warning", "insisting", "arguing", "noting",
            "wants", "wanted", "hopes", "hoped", "expects", "expected", "needs", "needed", "plans", "planned",
            "said", "says", "told", "tells", "wrote", "writes");
    private static final WordSet PREPOSITIONS = new WordSet("of", "in", "at", "from", "for", "with", "near", "on",
            "outside", "inside", "by");
    private static final int MAX_RUN = 10;
    private static final int MAX_APPOSITION = 30;
    private static final int MAX_OPENER = 20;

    private AttributionReader() {
    }

    /** The speaker the sentence names at its first speech verb (or "according to") that has one; null if none. */
    static Attribution speech(SentenceTokens t) {
        for (int v = 0; v < t.size(); v++) {
            if (isSpeechVerb(t, v)) {
                Attribution found = subjectBefore(t, v);
                if (found == null && isInverted(t, v)) {
                    found = phraseAfter(t, v + 1);
                }
                if (found != null) {
                    return found;
                }
            } else if (t.isWordIgnoringInitial(v, "according") && t.isText(v + 1, "to")) {
                Attribution found = phraseAfter(t, v + 2);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The noun phrase that opens the sentence (after an opening adverbial), when it is a person, group or body. */
    static Attribution subject(SentenceTokens t) {
        int i = 0;
        while (t.is(i, SentenceTokens.OPEN) || t.is(i, SentenceTokens.DASH)) {
            i++;
        }
        if (t.is(i, SentenceTokens.QUOTE)) {
            return null;
        }
        if (t.isWordIgnoringInitial(i, "according") && t.isText(i + 1, "to")) {
            return phraseAfter(t, i + 2);
        }
        for (int round = 0; round < 2; round++) {
            if (t.in(i, CONJUNCTIONS) && !t.in(i + 1, PHRASE_ENDS)) {
                i += t.is(i + 1, SentenceTokens.COMMA) ? 2 : 1;
            }
            if (t.in(i, OPENERS) && (t.isLowerCase(i + 1) || t.isCapitalised(i + 1) || t.isWord(i + 1)
                    || t.is(i + 1, SentenceTokens.QUOTE))) {
                int comma = nextComma(t, i + 1);
                if (comma < 0) {
                    return null;
                }
                i = comma + 1;
            }
        }
        return phraseAfter(t, i);
    }

    /**
     * Who utters the quotation at token {@code quote} of a sentence with no speech verb: the subject of the nearest
     * reporting verb before it ("after what Ms Okafor called “…”", "Zieliński dismissed it as “…”"), else the
     * sentence's subject.
     */
    static Attribution reporter(SentenceTokens t, int quote) {
        for (int k = quote - 1; k > 0; k--) {
            if (t.is(k, SentenceTokens.QUOTE)) {
                break;
            }
            if (t.isLowerCase(k) && (t.in(k, REPORTING) || t.isSpeechWord(k))) {
                Attribution found = subjectBefore(t, k);
                if (found != null) {
                    return found;
                }
            }
        }
        return subject(t);
    }

    /** The first name the sentence gives in a role apposition: "the supplier's former sales director, Luís Pinto". */
    static Attribution introduced(SentenceTokens t) {
        for (int i = 1; i + 1 < t.size(); i++) {
            if (t.is(i, SentenceTokens.COMMA) && (t.isLowerCase(i - 1) || SpeakerNames.isTitleWord(t, i - 1))
                    && t.isCapitalised(i + 1)) {
                int end = i + 1;
                while (end < t.size() && (t.isCapitalised(end) || t.isParticle(end))) {
                    end++;
                }
                Attribution name = end - i > 2 ? wholeName(t, i + 1, end) : null;
                if (name != null && name.kind() == Kind.NAME) {
                    return typedByHead(name, t, i - 1);
                }
            }
        }
        return null;
    }

    /** The gender the sentence gives its subject: the first "he", "his", "she", "her" after it, before anyone else. */
    static Gender genderAfterSubject(SentenceTokens t) {
        int runs = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.isCapitalised(i)) {
                if (i == 0 || !t.isCapitalised(i - 1)) {
                    runs++;
                }
            } else if (runs == 1 && t.isWord(i) && t.end(i) - t.start(i) <= 7 && t.startsWithHOrS(i)) {
                Gender gender = pronounGender(t, i);
                if (gender != Gender.UNKNOWN) {
                    return gender;
                }
            } else if (runs > 1) {
                return Gender.UNKNOWN;
            }
        }
        return Gender.UNKNOWN;
    }

    private static Gender pronounGender(SentenceTokens t, int i) {
        if (t.isText(i, "he") || t.isText(i, "his") || t.isText(i, "him") || t.isText(i, "himself")) {
            return Gender.MALE;
        }
        if (t.isText(i, "she") || t.isText(i, "her") || t.isText(i, "hers") || t.isText(i, "herself")) {
            return Gender.FEMALE;
        }
        return Gender.UNKNOWN;
    }

    static boolean isSpeechVerb(SentenceTokens t, int v) {
        int length = t.isWord(v) ? t.end(v) - t.start(v) : 0;
        if (length < 4 || length > 13
                || !t.hasLetters(v, Vocabulary.SPEECH_VERB_FIRSTS, Vocabulary.SPEECH_VERB_LASTS)
                || !t.isSpeechWord(v)) {
            return false;
        }
        // "he was told", "it is said": passive, the subject did not speak.
        return !(t.isText(v - 1, "was") || t.isText(v - 1, "were") || t.isText(v - 1, "been")
                || t.isText(v - 1, "being") || t.isText(v - 1, "is") || t.isText(v - 1, "be"));
    }

    /** A verb that may precede its speaker, right after a quotation: "“…,” said X". */
    private static boolean isInverted(SentenceTokens t, int v) {
        if (!t.in(v, INVERTED)) {
            return false;
        }
        int k = v - 1;
        while (k >= 0 && (t.is(k, SentenceTokens.COMMA) || t.is(k, SentenceTokens.DASH))) {
            k--;
        }
        return k < 0 || t.is(k, SentenceTokens.QUOTE);
    }

    /** The speaker before the verb at {@code v}, or null. */
    static Attribution subjectBefore(SentenceTokens t, int v) {
        int k = skipBetween(t, v - 1);
        if (k < 0) {
            return null;
        }
        if (t.is(k, SentenceTokens.COMMA)) {
            return apposed(t, k);
        }
        return phraseEndingAt(t, k);
    }

    /** Back over adverbs, auxiliaries and "on Monday" between a speaker and the verb. */
    private static int skipBetween(SentenceTokens t, int from) {
        int k = from;
        while (k >= 0 && t.isWord(k)) {
            if (t.in(k, BETWEEN) || t.isAdverb(k)) {
                k--;
            } else if (t.in(k, WEEKDAYS) && (t.isText(k - 1, "on") || t.isText(k - 1, "last")
                    || t.isText(k - 1, "this") || t.isText(k - 1, "that"))) {
                k -= 2;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * The speaker of "X, apposition, said": the clause before the verb is cut at its commas into the phrase that
     * opens it and appositions ("who heads the ward", "71", "the FCA's executive director"). The speaker is the
     * opening phrase, past an opening adverbial ("In Kumasi, ..."), or the name that follows it as an apposition
     * when it is a role ("The Transport Minister, Dana Kovac, said", "The head of the union, Branko Šimić, said").
     */
    private static Attribution apposed(SentenceTokens t, int comma) {
        int clauseStart = comma - 1;
        while (clauseStart >= 0 && comma - clauseStart < MAX_APPOSITION && !isClauseStart(t, clauseStart)) {
            clauseStart--;
        }
        if (comma - clauseStart >= MAX_APPOSITION) {
            return null;
        }
        int from = clauseStart + 1;
        while (from < comma) {
            int to = from;
            while (to < comma && !t.is(to, SentenceTokens.COMMA)) {
                to++;
            }
            if (to > from && !t.in(from, OPENERS)) {
                if (isRolePhrase(t, from, to) && to < comma) {
                    int nameEnd = to + 1;
                    while (nameEnd < comma && !t.is(nameEnd, SentenceTokens.COMMA)) {
                        nameEnd++;
                    }
                    Attribution name = wholeName(t, to + 1, nameEnd);
                    if (name != null) {
                        return typedByHead(name, t, to - 1);
                    }
                }
                return phraseEndingAt(t, to - 1);
            }
            from = to + 1;
        }
        return null;
    }

    /** Where a clause before a verb starts: after a quotation, colon, dash or the sentence's start. */
    private static boolean isClauseStart(SentenceTokens t, int i) {
        int kind = t.kind(i);
        return kind == SentenceTokens.QUOTE || kind == SentenceTokens.COLON || kind == SentenceTokens.DASH
                || kind == SentenceTokens.END || kind == SentenceTokens.OPEN || kind == SentenceTokens.CLOSE;
    }

    /**
     * A phrase that an apposed name may follow: it opens with an article or possessive ("The head of the union",
     * "His agent", "Dunmore's manager") or ends in a role or a noun ("Transport Minister", "the distributor").
     */
    private static boolean isRolePhrase(SentenceTokens t, int from, int to) {
        return t.in(from, DEFINITE) || t.isPossessive(from) || SpeakerNames.isTitleWord(t, to - 1)
                || t.isLowerCase(to - 1);
    }

    /** The tokens {@code [from, to)} as one name, or null when they are anything else. */
    private static Attribution wholeName(SentenceTokens t, int from, int to) {
        if (from >= to || !t.isCapitalised(from)) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (!t.isWord(i) || !(t.isCapitalised(i) || t.isParticle(i))
                    || t.isPossessive(i) && i + 1 < to) {
                return null;
            }
        }
        return named(t, from, to);
    }

    /** The noun phrase that ends at token {@code k}, read backwards: a name, pronoun, role or organisation. */
    static Attribution phraseEndingAt(SentenceTokens t, int k) {
        if (!t.isWord(k)) {
            return null;
        }
        Attribution pronoun = pronoun(t, k);
        if (pronoun != null) {
            return pronoun;
        }
        if (t.isLowerCase(k)) {
            return commonNoun(t, k);
        }
        if (t.isPossessive(k)) {
            return null;
        }
        int start = k;
        while (start > 0 && k - start < MAX_RUN && continuesRunBackwards(t, start - 1, start)) {
            start--;
        }
        // "Ousmane Faye of the Université de la Côte Atlantique said", "Beatriz Salas Arriola of the Andean
        // Observatory in Arequipa said": a prepositional phrase is not the speaker; the name before it is.
        int of = t.isText(start - 1, "the") ? start - 2 : start - 1;
        if (t.in(of, PREPOSITIONS) && t.isCapitalised(of - 1) && !SpeakerNames.isTitleWord(t, of - 1)
                && !(t.isText(of, "of") && t.isOrganisationWord(of - 1))) {
            Attribution before = phraseEndingAt(t, of - 1);
            if (before != null && (before.kind() == Kind.NAME || before.isPerson())) {
                return before;
            }
        }
        boolean definite = t.isWordIgnoringInitial(start - 1, "the");
        Attribution found = named(t, start, k + 1);
        if (found != null && found.kind() == Kind.NAME && definite && !hasTitle(t, start, k + 1)) {
            // "The Kremlin said": a person's name takes no article.
            return new Attribution(Kind.ORGANISATION, found.name(), Gender.NEUTER);
        }
        return found;
    }

    /** Whether the word at {@code i} belongs to the name run that continues at {@code next}, read backwards. */
    private static boolean continuesRunBackwards(SentenceTokens t, int i, int next) {
        if (!t.isWord(i) || t.isPossessive(i) && !SpeakerNames.isTitleWord(t, next)) {
            return false;
        }
        if (t.isCapitalised(i)) {
            return SpeakerNames.isNameWord(t, i) || SpeakerNames.isTitleWord(t, i);
        }
        // Lower-case words inside a run: role words ("Tessaly Pay chief executive Henrik Solberg"), particles and
        // the "of", "and", "&" of an organisation's name.
        return SpeakerNames.isTitleWord(t, i) && (t.isCapitalised(i - 1) || SpeakerNames.isTitleWord(t, i - 1)
                    || t.isPossessive(i - 1))
                || t.isParticle(i) && t.isCapitalised(i - 1)
                || (t.isText(i, "of") || t.isText(i, "and") || t.isText(i, "&") || t.isText(i, "for"))
                    && (t.isOrganisationWord(i - 1) || SpeakerNames.isTitleWord(t, i - 1));
    }

    private static boolean hasTitle(SentenceTokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SpeakerNames.isTitleWord(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** "he", "She", "they", "it". */
    private static Attribution pronoun(SentenceTokens t, int k) {
        if (t.isWordIgnoringInitial(k, "he")) {
            return Attribution.HE;
        }
        if (t.isWordIgnoringInitial(k, "she")) {
            return Attribution.SHE;
        }
        if (t.isWordIgnoringInitial(k, "they")) {
            return Attribution.THEY;
        }
        if (t.isWordIgnoringInitial(k, "it")) {
            return Attribution.IT;
        }
        return null;
    }

    /**
     * A phrase headed by the lower-case noun at {@code k}, read backwards: "the governor" (a role), "one trader"
     * (unnamed), "officials" (a group), "the regulator" (an organisation); null for any other noun.
     */
    private static Attribution commonNoun(SentenceTokens t, int k) {
        int start = k;
        while (start > 0 && k - start < 4 && t.isWord(start - 1) && !t.in(start - 1, DEFINITE)
                && !t.in(start - 1, INDEFINITE) && !t.isPossessive(start - 1) && !t.in(start - 1, PHRASE_ENDS)
                && !t.isCapitalised(start - 1) && !t.isSpeechWord(start - 1)) {
            start--;
        }
        int determiner = start - 1;
        return headed(t, determiner, start, k);
    }

    /** The phrase of head {@code head}, modifiers from {@code from}, after the determiner at {@code determiner}. */
    private static Attribution headed(SentenceTokens t, int determiner, int from, int head) {
        if (isGroup(t, head)) {
            return Attribution.ANONYMOUS_GROUP;
        }
        boolean indefinite = t.in(determiner, INDEFINITE);
        if (t.isPersonNoun(head)) {
            Gender gender = SpeakerNames.genderOf(t, head);
            if (indefinite) {
                return new Attribution(Kind.ANONYMOUS, null, gender);
            }
            int phraseStart = t.in(determiner, DEFINITE) || t.isPossessive(determiner) ? determiner : from;
            return new Attribution(Kind.ROLE, lowerInitial(phrase(t, phraseStart, head + 1)), gender);
        }
        if (t.isOrganisationWord(head)) {
            return indefinite ? Attribution.ANONYMOUS
                    : new Attribution(Kind.ORGANISATION, "the " + t.core(head), Gender.NEUTER);
        }
        if (t.isText(head, "another") || t.isText(head, "one") || t.isText(head, "someone")
                || t.isText(head, "somebody")) {
            return Attribution.ANONYMOUS;
        }
        return null;
    }

    /** "officials", "residents", "police": people the text does not name. */
    private static boolean isGroup(SentenceTokens t, int i) {
        if (t.in(i, Vocabulary.GROUP_NOUNS)) {
            return true;
        }
        return t.isLowerCase(i) && t.inSingular(i, Vocabulary.PERSON_NOUNS);
    }

    /**
     * The noun phrase that starts at token {@code i}, read forwards: "the union's Tom Becker", "Harbour Authority
     * chairman Ruth Okafor", "Het Avondblad's film critic, Ana Ruiz", "one trader", "the president", "he".
     */
    static Attribution phraseAfter(SentenceTokens t, int i) {
        if (!t.isWord(i)) {
            return null;
        }
        Attribution pronoun = pronoun(t, i);
        if (pronoun != null) {
            return pronoun;
        }
        int determiner = t.in(i, DEFINITE) || t.in(i, INDEFINITE) ? i : -1;
        int j = determiner >= 0 ? i + 1 : i;
        if (determiner >= 0 && isLoneDeterminer(t, i)) {
            return t.isText(i, "another") || t.isText(i, "one") ? Attribution.ANONYMOUS : null;
        }
        int end = j;
        int lastLower = -1;
        int nameStart = -1;
        // "Minister of Water Nour Khalil": the word after a title's "of" is its portfolio, not a name.
        boolean portfolio = false;
        while (end < t.size() && end - j < MAX_RUN && t.isWord(end)) {
            if (t.isCapitalised(end) && portfolio) {
                portfolio = false;
                end++;
            } else if (t.isCapitalised(end)) {
                if (SpeakerNames.isTitleWord(t, end)) {
                    nameStart = -1;
                } else if (nameStart < 0 && SpeakerNames.isNameWord(t, end)) {
                    nameStart = end;
                } else if (!SpeakerNames.isNameWord(t, end)) {
                    break;
                }
                end++;
                if (t.isPossessive(end - 1)) {
                    nameStart = -1;
                }
            } else if (t.isParticle(end) && t.isCapitalised(end + 1) && nameStart >= 0
                    || (t.isText(end, "of") || t.isText(end, "&") || t.isText(end, "and") || t.isText(end, "for"))
                    && t.isCapitalised(end + 1) && t.isCapitalised(end - 1)
                    && (t.isOrganisationWord(end - 1) || SpeakerNames.isTitleWord(t, end - 1))) {
                portfolio = t.isText(end, "of") && nameStart < 0 && SpeakerNames.isTitleWord(t, end - 1);
                end++;
            } else if (t.isLowerCase(end) && SpeakerNames.isTitleWord(t, end) && !t.in(end, PHRASE_ENDS)) {
                // "Harbour Authority chairman Ruth Okafor": the capitalised words before the role are its body's.
                nameStart = -1;
                lastLower = end;
                end++;
            } else if (t.isLowerCase(end) && !t.in(end, PHRASE_ENDS) && nameStart < 0 && end - j < 5
                    && !t.isSpeechWord(end)) {
                lastLower = end;
                end++;
                if (t.isPossessive(end - 1)) {
                    lastLower = -1;
                }
            } else {
                break;
            }
        }
        if (end == j) {
            return null;
        }
        if (nameStart >= 0 && nameStart > lastLower) {
            Attribution name = named(t, nameStart, end);
            if (name == null) {
                return null;
            }
            if (determiner >= 0 && t.isWordIgnoringInitial(determiner, "the") && nameStart == j
                    && !hasTitle(t, j, end) && name.kind() == Kind.NAME) {
                return new Attribution(Kind.ORGANISATION, phrase(t, j, end), Gender.NEUTER);
            }
            return name.kind() == Kind.NAME && hasTitle(t, j, nameStart)
                    ? name.withGender(titleGender(t, j, nameStart, name.gender())) : name;
        }
        // A role or a noun without a name after it: "Het Avondblad's film critic, Ana Ruiz", "the president".
        int head = end - 1;
        if (t.is(end, SentenceTokens.COMMA) || t.isText(end, "of") || t.isText(end, "at")) {
            int comma = t.is(end, SentenceTokens.COMMA) ? end : nextComma(t, end);
            if (comma > 0) {
                int nameEnd = comma + 1;
                while (nameEnd < t.size() && nameEnd - comma <= MAX_RUN && (t.isCapitalised(nameEnd)
                        || t.isParticle(nameEnd) && t.isCapitalised(nameEnd + 1))) {
                    nameEnd++;
                }
                boolean closed = nameEnd >= t.size() || !t.isWord(nameEnd) || t.isLowerCase(nameEnd);
                Attribution name = nameEnd > comma + 1 && closed ? wholeName(t, comma + 1, nameEnd) : null;
                if (name != null && (t.isWord(head) && (t.isLowerCase(head) || SpeakerNames.isTitleWord(t, head))
                        || t.isPossessive(head))) {
                    return typedByHead(name, t, head);
                }
            }
        }
        if (t.isCapitalised(head) && SpeakerNames.isTitleWord(t, head)) {
            // "said President", "according to the Minister": a capitalised role.
            return new Attribution(Kind.ROLE, phrase(t, determiner >= 0 ? determiner : j, end).toLowerCase(Locale.ROOT),
                    SpeakerNames.genderOf(t, head));
        }
        return t.isLowerCase(head) ? headed(t, determiner, j, head) : null;
    }

    /** "one" or "another" standing alone: "said another, who ...". */
    private static boolean isLoneDeterminer(SentenceTokens t, int i) {
        return (t.isText(i, "another") || t.isText(i, "one")) && !t.isWord(i + 1);
    }

    /** The name in the run {@code [from, to)}, typed: a person, or an organisation when the run is one. */
    private static Attribution named(SentenceTokens t, int from, int to) {
        int start = from;
        while (start < to && SpeakerNames.isNotName(t, start)) {
            start++;
        }
        if (start >= to) {
            return null;
        }
        if (isOrganisation(t, start, to)) {
            // "Refugee Council Enver Solomon": a name after the body's name is its person's.
            int lastBody = to - 1;
            while (lastBody >= start && !t.isOrganisationWord(lastBody)) {
                lastBody--;
            }
            if (lastBody >= start && lastBody + 2 < to + 1 && lastBody + 1 < to && t.isNameWord(lastBody + 1)
                    && to - lastBody - 1 >= 2) {
                return named(t, lastBody + 1, to);
            }
            return new Attribution(Kind.ORGANISATION, phrase(t, start, to), Gender.NEUTER);
        }
        String name = SpeakerNames.withoutTitles(t, start, to);
        if (name == null) {
            return null;
        }
        return Attribution.name(name, titleGender(t, start, to, Gender.UNKNOWN), role(t, start, to));
    }

    /** "Harbour Authority", "FCA", "Ministry of Health": a run without a title whose last words name a body. */
    private static boolean isOrganisation(SentenceTokens t, int from, int to) {
        int lastTitle = -1;
        for (int i = from; i < to; i++) {
            lastTitle = SpeakerNames.isTitleWord(t, i) ? i : lastTitle;
        }
        if (lastTitle >= 0) {
            return false;
        }
        if (to - from == 1 && t.isAcronym(from)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (t.isCapitalised(i) && t.isOrganisationWord(i)) {
                return true;
            }
        }
        return false;
    }

    /** The title words of a name's run, in lower case ("harbour authority chairman"), or null. */
    private static String role(SentenceTokens t, int from, int to) {
        int last = -1;
        for (int i = from; i < to; i++) {
            last = SpeakerNames.isTitleWord(t, i) ? i : last;
        }
        return last < 0 ? null : phrase(t, from, last + 1).toLowerCase(Locale.ROOT);
    }

    /** A name after an organisation's noun ("The distributor, Goldcoast Pharma Link") is the organisation's. */
    private static Attribution typedByHead(Attribution name, SentenceTokens t, int head) {
        if (name.kind() == Kind.NAME && t.isLowerCase(head) && t.isOrganisationWord(head)
                && !t.isPersonNoun(head)) {
            return new Attribution(Kind.ORGANISATION, name.name(), Gender.NEUTER);
        }
        if (name.kind() == Kind.NAME && t.isWord(head)) {
            Gender gender = SpeakerNames.genderOf(t, head);
            Attribution withRole = name.role() == null ? name.withRole(roleEndingAt(t, head)) : name;
            return gender == Gender.UNKNOWN ? withRole : withRole.withGender(gender);
        }
        return name;
    }

    /** The role phrase that ends at {@code head}, in lower case: "the head of the union" gives "head". */
    private static String roleEndingAt(SentenceTokens t, int head) {
        int end = head;
        while (end >= 0 && t.isWord(end) && !SpeakerNames.isTitleWord(t, end) && !t.isPersonNoun(end)
                && head - end < 8) {
            end--;
        }
        if (end < 0 || !t.isWord(end) || head - end >= 8) {
            return null;
        }
        int start = end;
        while (start > 0 && t.isWord(start - 1) && !t.in(start - 1, DEFINITE) && !t.isPossessive(start - 1)
                && end - start < 4) {
            start--;
        }
        return phrase(t, start, end + 1).toLowerCase(Locale.ROOT);
    }

    private static Gender titleGender(SentenceTokens t, int from, int to, Gender known) {
        for (int i = from; i < to; i++) {
            Gender gender = SpeakerNames.isTitleWord(t, i) ? SpeakerNames.genderOf(t, i) : Gender.UNKNOWN;
            if (gender != Gender.UNKNOWN) {
                return gender;
            }
        }
        return known;
    }

    /** The next comma from {@code from}, before any quotation or clause end, within a few words; -1 if none. */
    private static int nextComma(SentenceTokens t, int from) {
        for (int i = from; i < t.size() && i - from < MAX_OPENER; i++) {
            if (t.is(i, SentenceTokens.COMMA)) {
                return i;
            }
            if (t.is(i, SentenceTokens.QUOTE) || t.is(i, SentenceTokens.END) || t.is(i, SentenceTokens.COLON)) {
                return -1;
            }
        }
        return -1;
    }

    /** "The president" as a reference is "the president": the people extractor resolves roles in lower case. */
    private static String lowerInitial(String phrase) {
        return phrase.isEmpty() || !Character.isUpperCase(phrase.charAt(0)) ? phrase
                : Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /** The words {@code [from, to)} with a space between, possessives and all. */
    private static String phrase(SentenceTokens t, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (t.isWord(i)) {
                out.append(out.length() > 0 ? " " : "").append(i == to - 1 ? t.core(i) : t.text(i));
            }
        }
        return out.toString();
    }
}
