package io.articles.article;

import io.articles.article.Attribution.Gender;
import io.articles.article.Attribution.Kind;
import io.articles.people.RoleNouns;
import io.articles.text.Chars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the direct quotations in the body and who said them.
 *
 * <ul>
 * <li>A sentence's speech attribution ("Name said", "she told", "said the union's Name", "according to Name", see
 * {@link AttributionReader}) applies to every quotation in it, and to the quotations standing alone before it in
 * its paragraph.</li>
 * <li>A quotation alone in its sentence continues its paragraph's speaker; in a paragraph of its own, the speaker
 * of the last speech before it (a quotation or reported speech, "Becker said silt would drift").</li>
 * <li>A partial quotation inside a sentence with no speech verb ("accused councillors of “playing games”") belongs to
 * the subject of its clause.</li>
 * <li>A pronoun refers to the most recent person, in the sentences before, that it can refer to: the subject of a
 * sentence or a speaker, of the pronoun's gender where the text has told it (honorifics, gendered role nouns, an
 * earlier "he" or "she").</li>
 * <li>An organisation's noun ("the ministry said") is the organisation the text named before.</li>
 * </ul>
 *
 * Scare quotes, nicknames and titles of works are not quotations: see {@link #isQuotation}. Paragraphs without a
 * quotation mark matter only to a later pronoun or continuation, so they are read only when one asks, and only a
 * few paragraphs back.
 */
final class QuoteFinder {
    private static final int MIN_QUOTE_WORDS = 3;
    /** How many paragraphs back a pronoun or a continuation looks for its person. */
    private static final int CONTEXT_PARAGRAPHS = 3;
    /** How many candidates a pronoun looks at before it gives up. */
    private static final int MAX_CANDIDATES = 8;
    /** Positions: a paragraph's sentences are numbered below this. */
    private static final int SENTENCES = 1 << 16;

    private final List<String> paragraphs;
    private final List<Quote> quotes = new ArrayList<>();
    private final SentenceReader sentences = new SentenceReader();
    /** Reads paragraphs without quotations when a pronoun asks, while {@link #sentences} is half-way through one. */
    private SentenceReader context;
    /** The people, groups and bodies the sentences read so far speak of, by position. */
    private final List<Entry> entries = new ArrayList<>();
    /** Whether each paragraph has been read, at least for its quotations. */
    private final boolean[] read;
    /**
     * The sentences without quotations of the paragraphs read, not analysed yet: {position, paragraph, start, end},
     * by position. They matter only to a later pronoun or continuation, and are analysed when one asks.
     */
    private final List<int[]> unread = new ArrayList<>();
    /** Genders the text has given, by surname. */
    private final Map<String, Gender> genders = new HashMap<>();
    private Organisations organisations;

    private QuoteFinder(List<String> paragraphs) {
        this.paragraphs = paragraphs;
        this.read = new boolean[paragraphs.size()];
    }

    static List<Quote> find(List<Section> sections) {
        List<String> paragraphs = new ArrayList<>(64);
        for (Section section : sections) {
            for (String paragraph : section.paragraphs()) {
                paragraphs.add(paragraph);
            }
        }
        QuoteFinder finder = new QuoteFinder(paragraphs);
        for (int p = 0; p < paragraphs.size(); p++) {
            if (hasQuotationMark(paragraphs.get(p))) {
                finder.readQuotations(p);
            }
        }
        return finder.quotes;
    }

    /** Someone, something or nobody mentioned at a position, resolved (never a pronoun). */
    private record Entry(int position, Attribution referent, boolean speech) {
    }

    /** Whether the paragraph has an opening mark: by indexOf, which scans a string far faster than a loop. */
    private static boolean hasQuotationMark(String paragraph) {
        // „ opens with “ closing, so '“' finds German and Polish quotations too.
        return paragraph.indexOf('"') >= 0 || paragraph.indexOf('“') >= 0 || paragraph.indexOf('‘') >= 0
                || paragraph.indexOf('«') >= 0;
    }

    /** Reads a paragraph with quotation marks: every sentence, and the quotations in them. */
    private void readQuotations(int p) {
        String paragraph = paragraphs.get(p);
        sentences.load(paragraph);
        if (sentences.paragraphQuotations() == 0) {
            return;
        }
        read[p] = true;
        Attribution paragraphSpeaker = null;
        List<Integer> pending = new ArrayList<>();
        int sentence = 0;
        while (sentences.next()) {
            int position = p * SENTENCES + sentence++;
            int accepted = acceptedQuotations();
            if (accepted == 0) {
                // No quotation, or only scare quotes and titles: read only if a later pronoun asks.
                unread.add(new int[] {position, p, sentences.start(), sentences.end()});
                continue;
            }
            if (sentences.isOnlyQuotations()) {
                // Nothing but quotations: no one is named, and the paragraph's speaker says them.
                for (int q = 0; q < sentences.quotations(); q++) {
                    if ((accepted & 1 << Math.min(q, 31)) != 0) {
                        if (paragraphSpeaker == null) {
                            pending.add(quotes.size());
                        }
                        quotes.add(quote(sentences.quotationText(q), paragraphSpeaker));
                    }
                }
                continue;
            }
            SentenceTokens tokens = sentences.tokens();
            Attribution speech = AttributionReader.speech(tokens);
            boolean statement = speech != null && speech.kind() == Kind.NAME && sentences.contains("statement");
            Attribution speaker = speech == null ? null : resolve(speech, position, p, statement);
            // Who the sentence is about matters when no one speaks in it: for its partial quotations, and after it.
            // An organisation is looked up only if it speaks.
            Attribution subject = speech == null ? AttributionReader.subject(tokens) : null;
            Attribution resolvedSubject = subject == null || subject.kind() == Kind.ORGANISATION ? subject
                    : resolve(subject, position, p, false);
            // The speaker of a partial quotation in reported speech: a speaker for what follows too.
            Attribution reported = null;
            for (int q = 0; q < sentences.quotations(); q++) {
                if ((accepted & 1 << Math.min(q, 31)) == 0) {
                    continue;
                }
                Attribution by = speaker;
                if (by == null) {
                    Attribution reporter = AttributionReader.reporter(tokens, quoteToken(tokens, q));
                    by = reporter == null ? Attribution.ANONYMOUS
                            : reporter.equals(subject) && subject.kind() != Kind.ORGANISATION ? resolvedSubject
                            : resolve(reporter, position, p, false);
                    if (by.kind() != Kind.ANONYMOUS) {
                        paragraphSpeaker = paragraphSpeaker == null ? by : paragraphSpeaker;
                        reported = by;
                    }
                }
                quotes.add(quote(sentences.quotationText(q), by));
            }
            if (speaker != null) {
                paragraphSpeaker = speaker;
                for (int i : pending) {
                    quotes.set(i, quote(quotes.get(i).text(), speaker));
                }
                pending.clear();
            }
            learnGender(tokens, resolvedSubject != null ? resolvedSubject : speaker);
            addIntroduced(tokens, position, resolvedSubject, speaker);
            add(position, speaker != null ? speaker : reported, true);
            add(position, resolvedSubject, false);
        }
        if (!pending.isEmpty()) {
            Attribution continued = lastSpeaker(p * SENTENCES);
            for (int i : pending) {
                quotes.set(i, quote(quotes.get(i).text(), continued));
            }
        }
    }

    /** The sentence's quotations that are quotations, as bits (the 32nd stands for any after it); 0 if none. */
    private int acceptedQuotations() {
        int accepted = 0;
        for (int q = 0; q < sentences.quotations(); q++) {
            if (isQuotation(q)) {
                accepted |= 1 << Math.min(q, 31);
            }
        }
        return accepted;
    }

    /** The token of the sentence's {@code q}th quotation. */
    private static int quoteToken(SentenceTokens tokens, int q) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.is(i, SentenceTokens.QUOTE) && tokens.quotation(i) == q) {
                return i;
            }
        }
        return tokens.size();
    }

    /**
     * Whether the sentence's {@code q}th quotation is one: three words or more and not a title ("Salt Wind", "Ring of
     * Fire"); or a shorter one inside reported speech ("was “disappointed” by", "dismissed it as “wishful
     * arithmetic”") rather than a scare quote on a noun ("“devastating” sanctions", "any “disinformation”", "the
     * so-called “fridge ballet”", "known as “El Chato”").
     */
    private boolean isQuotation(int q) {
        int from = sentences.quotationStart(q);
        int to = sentences.quotationEnd(q);
        String text = sentences.text();
        if (!sentences.quotationHasWords(q, 1) || isTitled(text, from, to)) {
            return false;
        }
        if (sentences.quotationHasWords(q, MIN_QUOTE_WORDS)) {
            return true;
        }
        int open = sentences.quotationOpen(q);
        int after = sentences.quotationAfter(q);
        String before = wordBefore(text, open);
        if (before == null || isDeterminer(before) || isPreposition(before) || before.endsWith("'s")
                || before.endsWith("’s") || before.endsWith("s'") || before.endsWith("s’") || before.equals("so-called") || before.equals("as")
                && "known".equals(wordBefore(text, text.lastIndexOf(' ', open - 2)))
                || before.equals("titled") || before.equals("dubbed") || before.equals("nicknamed")
                || before.equals("named") || before.equals("word") || before.equals("term") || isRating(before)) {
            return false;
        }
        if (after >= text.length()) {
            return true;
        }
        char next = text.charAt(after);
        if (next != ' ') {
            return next == ',' || next == '.' || next == ';' || next == ':' || next == '!' || next == '?'
                    || next == ')' || next == '—';
        }
        String following = wordAfter(text, after + 1);
        return following != null && (Chars.isLowerCase(following.charAt(0)) && isFunctionWord(following));
    }

    /** All of the words capitalised but the small ones, and no sentence inside: a title or a name. */
    private static boolean isTitled(String text, int from, int to) {
        boolean capitalised = false;
        int i = from;
        while (i < to) {
            while (i < to && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < to && text.charAt(i) != ' ') {
                i++;
            }
            if (start == i) {
                break;
            }
            char first = text.charAt(start);
            char last = text.charAt(i - 1);
            if (last == '.' || last == '!' || last == '?' || last == ',') {
                return false;
            }
            if (Chars.isUpperCase(first)) {
                capitalised = true;
            } else if (!isSmallWord(text.substring(start, i)) && Chars.isLetter(first)) {
                return false;
            }
        }
        return capitalised;
    }

    private static boolean isSmallWord(String word) {
        return switch (word) {
            case "of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "de", "la", "le", "el", "del", "van",
                 "von", "der", "den", "da", "di", "do", "dos", "das", "y", "e", "&", "or", "with", "from" -> true;
            default -> false;
        };
    }

    /** "instead of “public domain”", "in “well honed phrase”": a term talked about, not words said. */
    private static boolean isPreposition(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "of", "in", "for", "to", "with", "from", "on", "at", "about", "into", "by", "like", "than",
                 "under", "over", "between", "among", "against", "without", "word", "words", "term", "terms" -> true;
            default -> false;
        };
    }

    /** "rated “poor”", "labelled “urgent”": a label given, not words said. */
    private static boolean isRating(String word) {
        return switch (word) {
            case "rated", "ranked", "graded", "labelled", "labeled", "marked", "classed", "classified", "tagged",
                 "stamped", "or" -> true;
            default -> false;
        };
    }

    private static boolean isDeterminer(String word) {
        return switch (word) {
            case "the", "a", "an", "any", "this", "that", "its", "his", "her", "their", "our", "these", "those",
                 "The", "A", "An", "Any", "This", "That", "Its", "His", "Her", "Their", "Our", "some", "no", "every",
                 "each", "what", "called" -> true;
            default -> false;
        };
    }

    private static boolean isFunctionWord(String word) {
        return switch (word) {
            case "and", "or", "but", "with", "by", "for", "of", "to", "in", "on", "at", "from", "its", "his", "her",
                 "their", "the", "a", "an", "as", "that", "than", "about", "over", "after", "before", "into", "if",
                 "when", "because", "since", "until", "while", "which", "who", "has", "have", "had", "was", "were",
                 "is", "are", "be", "will", "would", "could", "should", "she", "he", "they", "it", "we", "said",
                 "says", "among", "across", "during", "against", "within", "without", "where", "there", "so", "not",
                 "unless", "though", "although", "like", "per", "this", "these", "those" -> true;
            default -> false;
        };
    }

    /** The word before {@code at} (a quotation mark), or null at the paragraph's start. */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        return start < end ? text.substring(start, end) : null;
    }

    private static String wordAfter(String text, int at) {
        int end = at;
        while (end < text.length() && Chars.isLetter(text.charAt(end))) {
            end++;
        }
        return end > at ? text.substring(at, end) : null;
    }

    private static Quote quote(String text, Attribution speaker) {
        if (speaker == null || speaker.name() == null) {
            return new Quote(text, null, SpeakerType.UNKNOWN);
        }
        return new Quote(text, speaker.name(),
                speaker.kind() == Kind.ORGANISATION ? SpeakerType.ORGANISATION : SpeakerType.PERSON);
    }

    /**
     * What an attribution refers to: a pronoun's person, an organisation's name for its noun, a name with the gender
     * the text gave it. {@code statement}: said in a statement, as organisations speak.
     */
    private Attribution resolve(Attribution attribution, int position, int p, boolean statement) {
        return switch (attribution.kind()) {
            case PRONOUN -> antecedent(attribution.gender(), position, p);
            case ORGANISATION -> organisation(attribution.name(), position, p);
            case ROLE -> holder(attribution, position, p);
            case NAME -> statement && isOrganisationName(attribution, position, p)
                    ? organisation(attribution.name(), position, p) : withKnownGender(attribution);
            default -> attribution;
        };
    }

    private Attribution withKnownGender(Attribution name) {
        String key = surname(name.name());
        if (name.gender() != Gender.UNKNOWN) {
            genders.putIfAbsent(key, name.gender());
            return name;
        }
        Gender known = genders.get(key);
        return known == null ? name : name.withGender(known);
    }

    /** A name said to speak "in a statement" that no sentence before gave as a person's: an organisation's. */
    private boolean isOrganisationName(Attribution name, int position, int p) {
        if (name.gender() != Gender.UNKNOWN || genders.containsKey(surname(name.name()))) {
            return false;
        }
        return organisations().isOrganisation(name.name(), p);
    }

    private Organisations organisations() {
        if (organisations == null) {
            organisations = new Organisations(paragraphs);
        }
        return organisations;
    }

    /** The organisation a name or noun refers to: its fullest name in the text before, or the last body named. */
    private Attribution organisation(String reference, int position, int p) {
        String name = organisations().resolve(reference, p);
        if (name == null) {
            Attribution last = latest(position, p, entry -> entry.referent().kind() == Kind.ORGANISATION
                    && entry.referent().name() != null && !entry.referent().name().startsWith("the "));
            name = last == null ? null : last.name();
        }
        return name == null ? Attribution.ANONYMOUS : new Attribution(Kind.ORGANISATION, name, Gender.NEUTER);
    }

    /**
     * The person the text named before with the role of a reference ("the governor": "Turkana County Governor Esther
     * Lokiru"; "the deputy mayor" rather than "the mayor" when both are named), the latest; else the reference.
     */
    private Attribution holder(Attribution role, int position, int p) {
        for (int q = 0; q <= p; q++) {
            complete(q, position);
        }
        String[] words = role.name().toLowerCase(Locale.ROOT).split(" ");
        String head = RoleNouns.stem(words[words.length - 1]);
        Attribution best = null;
        int bestScore = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            Attribution named = entry.referent();
            if (entry.position() >= position || named.kind() != Kind.NAME || named.role() == null) {
                continue;
            }
            int score = roleScore(words, head, named.role());
            if (score > bestScore) {
                best = named;
                bestScore = score;
            }
        }
        return best == null ? role : best;
    }

    /** How well a role given with a name matches a reference: 0 if its noun differs, more for each shared word. */
    private static int roleScore(String[] reference, String head, String given) {
        String[] words = given.split(" ");
        boolean headed = false;
        for (String word : words) {
            headed |= RoleNouns.stem(word).equals(head);
        }
        if (!headed) {
            return 0;
        }
        int score = 1;
        for (int i = 0; i < reference.length - 1; i++) {
            for (String word : words) {
                score += word.equals(reference[i]) ? 1 : 0;
            }
        }
        return score;
    }


    /** The person (or group, or body) a pronoun of this gender refers to at {@code position}. */
    private Attribution antecedent(Gender gender, int position, int p) {
        Attribution found = latest(position, p, entry -> canReferTo(gender, entry.referent()));
        if (found == null || found.kind() == Kind.ANONYMOUS) {
            return Attribution.ANONYMOUS;
        }
        return found.kind() == Kind.ROLE ? holder(found, position, p) : found;
    }

    private boolean canReferTo(Gender pronoun, Attribution referent) {
        Gender gender = referent.gender();
        if (referent.kind() == Kind.NAME && gender == Gender.UNKNOWN) {
            gender = genders.getOrDefault(surname(referent.name()), Gender.UNKNOWN);
        }
        return switch (pronoun) {
            case NEUTER -> referent.kind() == Kind.ORGANISATION;
            case PLURAL -> referent.kind() == Kind.ANONYMOUS && gender == Gender.PLURAL
                    || referent.isPerson() && (gender == Gender.PLURAL || gender == Gender.UNKNOWN)
                    || referent.kind() == Kind.ORGANISATION;
            default -> (referent.isPerson() || referent.kind() == Kind.ANONYMOUS)
                    && (gender == Gender.UNKNOWN || gender == pronoun);
        };
    }

    /** The speaker of the last speech before {@code position}, a few paragraphs back at most; ANONYMOUS if none. */
    private Attribution lastSpeaker(int position) {
        int p = position / SENTENCES;
        Attribution found = latest(position, p, Entry::speech);
        return found == null ? Attribution.ANONYMOUS : found;
    }

    /** A test of an entry. */
    private interface Test {
        boolean accepts(Entry entry);
    }

    /**
     * The referent of the latest entry before {@code position} that passes {@code test}, paragraph by paragraph
     * back from {@code p}, {@link #CONTEXT_PARAGRAPHS} at most, analysing what was left unread as it goes; null if
     * none among the {@link #MAX_CANDIDATES} latest.
     */
    private Attribution latest(int position, int p, Test test) {
        int first = Math.max(0, p - CONTEXT_PARAGRAPHS);
        int bound = position;
        int seen = 0;
        for (int q = p; q >= first; q--) {
            complete(q, bound);
            for (int i = entries.size() - 1; i >= 0; i--) {
                Entry entry = entries.get(i);
                if (entry.position() >= bound) {
                    continue;
                }
                if (entry.position() < q * SENTENCES) {
                    break;
                }
                if (test.accepts(entry)) {
                    return entry.referent();
                }
                if (entry.referent().kind() != Kind.ORGANISATION && ++seen >= MAX_CANDIDATES) {
                    return null;
                }
            }
            bound = q * SENTENCES;
        }
        return null;
    }

    /** Analyses what paragraph {@code q} left unread before {@code bound}: all of it, or its quote-less sentences. */
    private void complete(int q, int bound) {
        if (!read[q]) {
            readContext(q);
            return;
        }
        int from = unread.size();
        while (from > 0 && unread.get(from - 1)[0] >= q * SENTENCES) {
            from--;
        }
        int to = from;
        while (to < unread.size() && unread.get(to)[0] < bound) {
            to++;
        }
        if (to == from) {
            return;
        }
        List<int[]> sentencesOf = new ArrayList<>(unread.subList(from, to));
        unread.subList(from, to).clear();
        for (int[] sentence : sentencesOf) {
            analyse(context().tokens(paragraphs.get(sentence[1]), sentence[2], sentence[3]), sentence[0]);
        }
    }

    /** Reads a paragraph without quotations for the people its sentences speak of. */
    private void readContext(int p) {
        read[p] = true;
        SentenceReader context = context();
        context.load(paragraphs.get(p));
        int sentence = 0;
        while (context.next()) {
            analyse(context.tokens(), p * SENTENCES + sentence++);
        }
    }

    private SentenceReader context() {
        if (context == null) {
            context = new SentenceReader();
        }
        return context;
    }

    /** Adds the entries of a sentence read for context: its subject and its speaker, if any. */
    private void analyse(SentenceTokens tokens, int position) {
        Attribution speech = AttributionReader.speech(tokens);
        Attribution subject = AttributionReader.subject(tokens);
        Attribution speaker = speech == null ? null : contextual(speech, position);
        Attribution resolvedSubject = subject == null || subject.equals(speech) ? null : contextual(subject, position);
        learnGender(tokens, resolvedSubject != null ? resolvedSubject : speaker);
        addIntroduced(tokens, position, resolvedSubject, speaker);
        // The subject last: of a sentence's people, the one a pronoun after it refers to first.
        add(position, speaker, true);
        add(position, resolvedSubject, false);
    }

    /**
     * "Also accused is the supplier's former sales director, Luís Pinto.": a sentence whose subject is no one the
     * text names still introduces the person it names in a role apposition, whom a "he" may refer to next.
     */
    private void addIntroduced(SentenceTokens tokens, int position, Attribution subject, Attribution speaker) {
        if (subject != null && subject.isPerson() || speaker != null && speaker.isPerson()) {
            return;
        }
        Attribution introduced = AttributionReader.introduced(tokens);
        if (introduced != null) {
            add(position, withKnownGender(introduced), false);
        }
    }

    /** An attribution in a context paragraph: a pronoun refers to what is read already, and reads nothing more. */
    private Attribution contextual(Attribution attribution, int position) {
        if (attribution.kind() == Kind.PRONOUN) {
            for (int i = entries.size() - 1, seen = 0; i >= 0 && seen < MAX_CANDIDATES; i--, seen++) {
                Entry entry = entries.get(i);
                if (entry.position() < position && canReferTo(attribution.gender(), entry.referent())) {
                    return entry.referent().kind() == Kind.ANONYMOUS ? null : entry.referent();
                }
            }
            return null;
        }
        return attribution.kind() == Kind.NAME ? withKnownGender(attribution) : attribution;
    }

    /** "Prentice singled out her captain": the gender a sentence gives its subject. */
    private void learnGender(SentenceTokens tokens, Attribution subject) {
        if (subject == null || subject.kind() != Kind.NAME) {
            return;
        }
        Gender gender = AttributionReader.genderAfterSubject(tokens);
        if (gender != Gender.UNKNOWN) {
            genders.putIfAbsent(surname(subject.name()), gender);
        }
    }

    private void add(int position, Attribution referent, boolean speech) {
        if (referent == null || referent.kind() == Kind.PRONOUN) {
            return;
        }
        Entry entry = new Entry(position, referent, speech);
        int at = entries.size();
        while (at > 0 && entries.get(at - 1).position() > position) {
            at--;
        }
        entries.add(at, entry);
    }

    /** The key genders are kept under: the name's last word ("Okafor" for "Ms Okafor" and "Ruth Okafor"). */
    private static String surname(String name) {
        if (name == null) {
            return "";
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
