package io.articles.api;

import io.articles.article.Article;
import io.articles.article.ArticleId;
import io.articles.article.ArticleJson;
import io.articles.article.Quote;
import io.articles.article.Section;
import io.articles.article.Warning;
import io.articles.people.Person;
import io.articles.store.ArticleStore;
import io.articles.store.Rejection;
import io.articles.store.Sequencer;
import io.articles.store.SourceObject;
import io.articles.store.StoredArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

/**
 * A generated corpus of invented articles: many dates over two years (several per day, month and year
 * boundaries, a few undated), many people (accents, apostrophes, a mononym, a regnal number, two who share a
 * surname, compound surnames), headlines from a small vocabulary so searches have many hits, and a few exact-headline twins.
 */
final class Corpus {
    static final String BUCKET = "corpus";
    static final List<String> PEOPLE = List.of("Vladimir Putin", "Joe Biden", "Hunter Biden", "Antony Blinken",
            "Sergei Lavrov", "Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz", "Abdullah II", "Ayman Safadi",
            "José Álvarez", "Zoë O'Brien", "Madonna", "Maria Zakharova", "Ursula von der Leyen", "Nadia Haddad",
            "Omar Haddad", "Lina Khoury", "Samir Nasser", "Rania Odeh", "Linda Thomas-Greenfield", "Maria de la Cruz",
            "Pieter van Dijk");
    static final List<String> AGENCIES = List.of("AFP", "Reuters", "Petra", "AP");
    private static final List<String> PLACES = List.of("Ukraine", "Jordan", "Russia", "Amman", "Europe", "Gaza",
            "Syria", "Washington", "Paris", "Aqaba");
    private static final List<String> SUBJECTS = List.of("talks", "summit", "water", "trade", "crisis", "vote",
            "energy", "border", "refugees", "budget");
    private static final List<String> VERBS = List.of("resume", "stall", "open", "end", "widen", "ease");
    /** Dates are drawn from these, so most days have several articles. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 11, 1);
    private static final int DAYS = 540;
    private static final int DISTINCT_DAYS = 90;

    private Corpus() {
    }

    /** {@code size} articles, the same for the same size on every run. */
    static List<Article> generate(int size) {
        Random random = new Random(20220131L);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < DISTINCT_DAYS; i++) {
            days.add(FIRST_DAY.plusDays(random.nextInt(DAYS)));
        }
        days.add(LocalDate.of(2021, 12, 31));
        days.add(LocalDate.of(2022, 1, 1));
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            LocalDate date = n % 53 == 7 ? null : days.get(random.nextInt(days.size()));
            articles.add(article(n, headline(n, random), date, people(random), random));
        }
        return articles;
    }

    /** Writes through the store, a few at a time: each put is several requests, mostly waiting. */
    static void write(ArticleStore store, List<Article> articles) {
        ForkJoinPool pool = new ForkJoinPool(4);
        try {
            pool.submit(() -> articles.parallelStream().forEach(article -> store.put(new StoredArticle(article,
                    ArticleJson.write(article), source(article.id()), "0".repeat(64),
                    Instant.parse("2024-05-01T10:00:00Z"))))).join();
        } finally {
            pool.shutdown();
        }
    }

    /** A rejection {@code daysAgo} days before {@code now}, keyed {@code articles/rejected-N.txt}. */
    static Rejection rejection(int n, Instant now, int daysAgo) {
        String key = "articles/rejected-" + n + ".txt";
        return new Rejection(ArticleId.of(BUCKET, key), new SourceObject(BUCKET, key, null, "etag", 3,
                Sequencer.normalise("1")), n % 2 == 0 ? "EMPTY" : "NOT_AN_ARTICLE", now.minusSeconds(86_400L * daysAgo + n));
    }

    /**
     * An article uploaded {@code daysAgo} days before {@code now} with parser warnings (no headline, no date), keyed
     * {@code articles/warned-N.txt}: no headline, date or people, so it is in no listing but the warnings'.
     */
    static StoredArticle warned(int n, Instant now, int daysAgo) {
        String key = "articles/warned-" + n + ".txt";
        Instant uploaded = now.minusSeconds(86_400L * daysAgo + n).truncatedTo(ChronoUnit.MILLIS);
        Article article = Article.builder().id(ArticleId.of(BUCKET, key)).uploaded(uploaded)
                .sections(List.of(new Section(null, List.of("Text of warned file " + n + "."))))
                .wordCount(5).language("en").warnings(List.of(
                        new Warning(Warning.NO_HEADLINE, "no headline found: the first line reads as body text"),
                        new Warning(Warning.NO_DATE, "no publication date found"))).build();
        return new StoredArticle(article, ArticleJson.write(article), new SourceObject(BUCKET, key, null, "etag", 30,
                Sequencer.normalise("1")), "0".repeat(64), now);
    }

    private static String headline(int n, Random random) {
        if (n % 37 == 3) {
            return "Ukraine talks"; // exact twins: listed first when this very headline is searched
        }
        String place = pick(PLACES, random);
        String subject = pick(SUBJECTS, random);
        return switch (random.nextInt(4)) {
            case 0 -> place + " " + subject + " " + pick(VERBS, random);
            case 1 -> "In " + place + ", " + subject + " " + pick(VERBS, random) + " as " + pick(PLACES, random)
                    + " watches";
            case 2 -> pick(PLACES, random).toUpperCase() + "'s " + subject + ": what comes next";
            default -> "Talks on " + subject + " in " + place + " " + pick(VERBS, random);
        };
    }

    private static List<Person> people(Random random) {
        List<Person> people = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = pick(PEOPLE, random);
            if (people.stream().noneMatch(p -> p.name().equals(name))) {
                people.add(new Person(name, 1 + random.nextInt(5), List.of()));
            }
        }
        return people;
    }

    private static Article article(int n, String headline, LocalDate date, List<Person> people, Random random) {
        String id = ArticleId.of(BUCKET, "articles/story-" + n + ".txt");
        String agency = n % 11 == 5 ? null : pick(AGENCIES, random);
        String speaker = people.isEmpty() ? null : people.get(0).name();
        return Article.builder().id(id).headline(headline).byline(agency == null ? null : "By " + agency)
                .agency(agency).publishedDate(date).updatedDate(date).dateSource(date == null ? null : "text")
                .dateline("AMMAN").sections(List.of(new Section(null, List.of("Story number " + n
                        + " of the test corpus.")))).quotes(List.of(new Quote("We will keep talking,", speaker)))
                .people(people).votes(n % 5 == 0 ? null : n).wordCount(8).language("en").build();
    }

    private static SourceObject source(String id) {
        return new SourceObject(BUCKET, "articles/" + id + ".txt", null, "etag", 100, Sequencer.normalise("1"));
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
