package io.articles.store;

import io.articles.article.Article;
import io.articles.people.NameSuffixes;
import io.articles.people.Person;
import io.articles.text.Folding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The table's keys, every format in one place, and the lookups an article answers, as index entries. A pure function of the article, so the entries it should
 * have can always be recomputed from the stored article: that is how a re-upload finds what to remove and how a
 * half-finished write is repaired.
 *
 * <p>Index partitions: {@code D#yyyy-MM} (published month: a range of up to 366 days spans at most 13
 * partitions, and writes spread over months instead of one constant key), {@code P#folded name},
 * {@code S#folded surname} (so "Putin" finds Vladimir Putin), {@code W#headline word}, {@code H#folded headline}.
 * Every entry sorts by {@code yyyy-MM-dd#id}, so each partition lists newest first and a date range is a key
 * condition. Rejected uploads have one entry, {@code E#yyyy-MM} by rejection time; articles stored with parser
 * warnings one more, {@code V#yyyy-MM} by upload time (see {@link #warningEntry}).
 *
 * <p>Items: an article's partition {@code A#id} holds the article item ({@link #ARTICLE_ITEM}) and its index items
 * ({@code I#...}); the people directory holds one item per person, {@code N#folded name} / {@link #PERSON_ITEM},
 * listed in the lookup index under {@link #directoryPartition}.
 */
public final class ArticleIndex {
    /** The sort key of an article item (or its tombstone, or a rejection) in the article's partition. */
    public static final String ARTICLE_ITEM = "ARTICLE";
    /** The sort key of a person's item in the people directory. */
    public static final String PERSON_ITEM = "PERSON";
    /** Every index item's sort key starts with this. */
    public static final String INDEX_ITEM_PREFIX = "I#";
    private static final String ARTICLE_PREFIX = "A#";
    private static final String WORD_PREFIX = "W#";
    private static final String REJECTION_PREFIX = "E#";
    private static final String WARNING_PREFIX = "V#";
    /** Sorts an undated article before every dated one (it is listed last, newest first). */
    static final String NO_DATE = "0000-00-00";
    private static final int MAX_KEY_CHARS = 512;
    /** Fixed width, so rejection times sort as strings. */
    private static final DateTimeFormatter REJECTION_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ArticleIndex() {
    }

    public static List<IndexEntry> entries(Article article) {
        String order = order(article.publishedDate(), article.id());
        List<IndexEntry> entries = new ArrayList<>();
        if (article.publishedDate() != null) {
            entries.add(new IndexEntry("I#D", datePartition(article.publishedDate()), order));
        }
        Set<String> surnames = new LinkedHashSet<>();
        for (String name : personKeys(article)) {
            entries.add(new IndexEntry("I#P#" + name, "P#" + name, order));
            surnames.add(surname(name));
        }
        for (Person person : article.people()) {
            Surnames.compound(person.name()).ifPresent(surnames::add); // "Thomas-Greenfield", "de la Cruz"
        }
        for (String surname : surnames) {
            // One entry per surname, however many people share it: the article is listed once.
            entries.add(new IndexEntry("I#S#" + surname, surnamePartition(surname), order));
        }
        if (article.headline() != null) {
            for (String word : HeadlineWords.of(article.headline())) {
                entries.add(new IndexEntry("I#W#" + word, wordPartition(word), order));
            }
            entries.add(new IndexEntry("I#H", headlinePartition(article.headline()), order));
        }
        if (!article.warnings().isEmpty() && article.uploaded() != null) {
            entries.add(warningEntry(article.id(), article.uploaded()));
        }
        return entries;
    }

    /** The partition of an article's items. */
    public static String articlePartition(String id) {
        return ARTICLE_PREFIX + id;
    }

    /** The article id of an article partition. */
    public static String articleId(String articlePartition) {
        return articlePartition.substring(ARTICLE_PREFIX.length());
    }

    /** The partition of a person's directory item. */
    public static String personItemPartition(String foldedName) {
        return "N#" + foldedName;
    }

    /** Whether an index partition lists articles by a headline word (its items carry all the headline's words). */
    public static boolean isWordPartition(String partition) {
        return partition.startsWith(WORD_PREFIX);
    }

    /** Whether an index partition lists articles stored with warnings (its items carry the warnings, no summary). */
    public static boolean isWarningPartition(String partition) {
        return partition.startsWith(WARNING_PREFIX);
    }

    /** Whether an index partition lists rejected uploads (its items carry the rejection, not a summary). */
    public static boolean isRejectionPartition(String partition) {
        return partition.startsWith(REJECTION_PREFIX);
    }

    /** The one entry of a rejected upload: listed by month of rejection, newest first. */
    public static IndexEntry rejectionEntry(String id, Instant at) {
        String time = REJECTION_TIME.format(at);
        return new IndexEntry("I#E", REJECTION_PREFIX + time.substring(0, 7), time + "#" + id);
    }

    /**
     * The entry of an article stored with parser warnings, for {@code GET /ingest-warnings}: listed by month of
     * upload (the object's LastModified, the same on every retry and in any delivery order), newest first.
     */
    public static IndexEntry warningEntry(String id, Instant at) {
        String time = REJECTION_TIME.format(at);
        return new IndexEntry("I#V", WARNING_PREFIX + time.substring(0, 7), time + "#" + id);
    }

    /** The warning partitions of the months from {@code now} back over {@code months} months, newest first. */
    public static List<String> warningPartitions(YearMonth now, int months) {
        List<String> partitions = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            partitions.add(WARNING_PREFIX + now.minusMonths(i));
        }
        return partitions;
    }

    /** The rejection partitions of the months from {@code now} back over {@code months} months, newest first. */
    public static List<String> rejectionPartitions(YearMonth now, int months) {
        List<String> partitions = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            partitions.add(REJECTION_PREFIX + now.minusMonths(i));
        }
        return partitions;
    }

    /** The date partitions from {@code to} back to {@code from}, newest first. */
    public static List<String> datePartitions(LocalDate from, LocalDate to) {
        List<String> partitions = new ArrayList<>();
        for (YearMonth month = YearMonth.from(to); !month.isBefore(YearMonth.from(from)); month = month.minusMonths(1)) {
            partitions.add("D#" + month);
        }
        return partitions;
    }

    public static String datePartition(LocalDate date) {
        return "D#" + date.toString().substring(0, 7);
    }

    public static String personPartition(String name) {
        return "P#" + clip(Folding.fold(name));
    }

    /**
     * The people directory lists people from partitions by the first character of their folded name (a whole
     * code point, so names outside the basic plane are not cut in half).
     */
    public static String directoryPartition(String foldedName) {
        return "N#" + (foldedName.isEmpty() ? "" : foldedName.substring(0, foldedName.offsetByCodePoints(0, 1)));
    }

    public static String surnamePartition(String foldedSurname) {
        return "S#" + foldedSurname;
    }

    /**
     * The surname a folded name is found by: its last word, passing over generational suffixes and regnal numbers
     * ("abdullah ii" -> "abdullah", "martin luther king jr" -> "king").
     */
    public static String surname(String foldedName) {
        String[] words = foldedName.split(" ");
        for (int i = words.length - 1; i > 0; i--) {
            if (!NameSuffixes.isSuffix(words[i])) {
                return words[i];
            }
        }
        return words[0];
    }

    public static String headlinePartition(String headline) {
        return "H#" + clip(Folding.fold(headline));
    }

    public static String wordPartition(String word) {
        return WORD_PREFIX + word;
    }

    /** The index sort key of an article: published date, then id. */
    public static String order(LocalDate publishedDate, String id) {
        return (publishedDate == null ? NO_DATE : publishedDate.toString()) + '#' + id;
    }

    private static Set<String> personKeys(Article article) {
        Set<String> keys = new LinkedHashSet<>();
        for (Person person : article.people()) {
            String folded = clip(Folding.fold(person.name()));
            if (!folded.isEmpty()) {
                keys.add(folded);
            }
        }
        return keys;
    }

    private static String clip(String key) {
        return key.length() <= MAX_KEY_CHARS ? key : key.substring(0, MAX_KEY_CHARS);
    }
}
