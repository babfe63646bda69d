package io.articles.article;

import static io.articles.article.RejectedInputException.Reason.EMPTY;
import static io.articles.article.RejectedInputException.Reason.NOT_AN_ARTICLE;

import io.articles.article.Furniture.Page;
import io.articles.text.LineReader;
import io.articles.text.Lines;
import io.articles.text.TextDecoder;
import io.articles.text.UnreadableTextException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of an uploaded text file (a news page saved as text, or wire copy) into an {@link Article}. The
 * work is done by small roles in turn: {@link TextDecoder} (the encoding, or a rejection), {@link LineReader} (lines
 * and their words, read from the UTF-8 in place), {@link Furniture}, {@link HeaderReader} (metadata, headline and
 * slug, byline, dates, a dateline line, caption), {@link Trailer} (closing credits), {@link BodyReader} (dateline,
 * sections) and {@link QuoteFinder}; what had to be guessed is reported as {@link Warning}s. Linear in the input; the only exception
 * it throws is the typed rejection.
 */
public final class ArticleParser {
    /** Inputs above this many bytes are rejected unless a limit is given. */
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final TextDecoder decoder;

    public ArticleParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleParser(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.decoder = new TextDecoder(maxBytes);
    }

    /** The article in {@code content}, its upload time unknown: a month and day without a year give no date. */
    public Article parse(String id, byte[] content) throws RejectedInputException {
        return parse(id, content, null);
    }

    /**
     * The article in {@code content}, uploaded at {@code uploaded} (the object's LastModified, or null when not
     * known): a dateline's month and day without a year take the upload's year, or the year before when they fall
     * after the upload, never a date after it.
     */
    public Article parse(String id, byte[] content, Instant uploaded) throws RejectedInputException {
        Lines lines = lines(content);
        if (lines.isEmpty()) {
            throw new RejectedInputException(EMPTY, "file has only whitespace");
        }
        Page page = Furniture.strip(lines);
        if (!hasLetters(page.lines())) {
            throw new RejectedInputException(NOT_AN_ARTICLE,
                    "file has no article text, only site furniture, digits or punctuation");
        }
        Header header = HeaderReader.read(page.lines());
        Trailer.Read trailer = Trailer.read(page.lines().from(header.bodyStart()));
        Body body = BodyReader.read(trailer.body(), header.dateline() == null);
        LocalDate uploadDate = uploaded == null ? null : LocalDate.ofInstant(uploaded, ZoneOffset.UTC);
        return article(id, header, trailer.credit(), body, page.votes(), uploadDate).toBuilder().uploaded(uploaded)
                .build();
    }

    /** The lines of the text: read in place as UTF-8, or, when the bytes are not UTF-8, as Windows-1252. */
    private Lines lines(byte[] content) throws RejectedInputException {
        try {
            Optional<Lines> utf8 = LineReader.read(decoder.decode(content));
            return utf8.isPresent() ? utf8.get() : LineReader.read(TextDecoder.windows1252(content)).orElseThrow();
        } catch (UnreadableTextException e) {
            throw new RejectedInputException(RejectedInputException.Reason.valueOf(e.reason().name()), e.getMessage());
        }
    }

    private static Article article(String id, Header header, Byline credit, Body body, Integer votes,
                                   LocalDate uploadDate) {
        Byline byline = header.byline() != null ? header.byline() : credit;
        Dateline dateline = header.dateline() != null ? header.dateline() : body.dateline();
        String agency = header.source() != null ? header.source()
                : byline != null && byline.agency() != null ? byline.agency()
                : dateline == null ? null : dateline.agency();
        String caption = header.caption() != null ? header.caption() : body.caption();
        List<Warning> warnings = new ArrayList<>(2);
        Dated dated = dated(header, dateline, uploadDate, warnings);
        Article.Builder article = Article.builder().id(id).headline(header.headline()).slug(header.slug())
                .byline(byline == null ? null : byline.text()).authors(byline == null ? List.of() : byline.authors())
                .agency(agency).publishedDate(dated.date()).updatedDate(header.updated()).dateSource(dated.source())
                .dateline(dateline == null ? null : dateline.place()).caption(caption).sections(body.sections())
                .quotes(QuoteFinder.find(body.sections())).votes(votes).wordCount(body.wordCount())
                .language(LanguageGuess.of(languageSample(header, body)).orElse(null));
        warn(header, byline, dateline, dated, body, warnings);
        return article.warnings(warnings).build();
    }

    /** The publication date and where it came from: the text, the dateline, or a dateline's month in the upload year. */
    private static Dated dated(Header header, Dateline dateline, LocalDate uploadDate, List<Warning> warnings) {
        if (header.published() != null) {
            return new Dated(header.published(), Article.DATE_FROM_TEXT);
        }
        if (header.updated() != null) {
            return new Dated(header.updated(), Article.DATE_FROM_TEXT);
        }
        if (dateline != null && dateline.date() != null) {
            return new Dated(dateline.date(), Article.DATE_FROM_DATELINE);
        }
        if (dateline != null && dateline.monthDay() != null) {
            if (uploadDate == null) {
                warnings.add(new Warning(Warning.DATE_WITHOUT_YEAR, "the dateline gives " + dateline.monthDay()
                        .format(MONTH_DAY) + " without a year and the upload time is not known, so the article has "
                        + "no date"));
                return new Dated(null, null);
            }
            LocalDate date = DateReader.inUploadYear(dateline.monthDay(), uploadDate);
            warnings.add(new Warning(Warning.DATE_YEAR_FROM_UPLOAD, "the dateline gives " + dateline.monthDay()
                    .format(MONTH_DAY) + " without a year; took " + date.getYear() + " from the upload on "
                    + uploadDate));
            return new Dated(date, Article.DATE_FROM_UPLOAD_YEAR);
        }
        return new Dated(null, null);
    }

    private static void warn(Header header, Byline byline, Dateline dateline, Dated dated, Body body,
                             List<Warning> warnings) {
        if (header.headline() == null) {
            warnings.add(0, new Warning(Warning.NO_HEADLINE, "no headline found: the first line reads as body text"));
        } else if (header.bodyStart() <= 1 && byline == null && dateline == null && dated.date() == null
                && header.source() == null) {
            warnings.add(0, new Warning(Warning.HEADLINE_FROM_FIRST_LINE, "headline taken from the first line on its "
                    + "shape alone: no byline, date or dateline confirms it"));
        }
        if (dated.date() == null && warnings.stream().noneMatch(w -> w.code().equals(Warning.DATE_WITHOUT_YEAR))) {
            warnings.add(new Warning(Warning.NO_DATE, "no publication date found: the article is listed by headline "
                    + "and person only"));
        }
        if (byline != null && byline.authors().isEmpty() && byline.agency() == null && !isDeskCredit(byline.text())) {
            warnings.add(new Warning(Warning.BYLINE_NOT_UNDERSTOOD, "byline '" + byline.text()
                    + "' names no author or agency that could be read"));
        }
        if (body.wordCount() < Warning.SHORT_BODY_WORDS) {
            warnings.add(new Warning(Warning.SHORT_BODY, "body has " + body.wordCount() + " words, fewer than "
                    + Warning.SHORT_BODY_WORDS));
        }
    }

    private static boolean isDeskCredit(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("staff") || lower.contains("writer") || lower.contains("desk")
                || lower.contains("correspondent") || lower.contains("reporter");
    }

    /** A publication date and its source, both null when there is none. */
    private record Dated(LocalDate date, String source) {
    }

    /** The body's paragraphs, or the headline when there is no body. */
    private static List<String> languageSample(Header header, Body body) {
        List<String> sample = new ArrayList<>();
        for (Section section : body.sections()) {
            sample.addAll(section.paragraphs());
        }
        if (sample.isEmpty() && header.headline() != null) {
            sample.add(header.headline());
        }
        return sample;
    }

    private static boolean hasLetters(List<String> lines) {
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                if (Character.isLetter(line.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
