package io.articles.article;

import static io.articles.article.RejectedInputException.Reason.EMPTY;
import static io.articles.article.RejectedInputException.Reason.NOT_AN_ARTICLE;

import io.articles.article.Furniture.Page;
import io.articles.text.LineReader;
import io.articles.text.Lines;
import io.articles.text.TextDecoder;
import io.articles.text.UnreadableTextException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of an uploaded text file (a news page saved as text, or wire copy) into an {@link Article}. The
 * work is done by small roles in turn: {@link TextDecoder} (the encoding, or a rejection), {@link LineReader} (lines
 * and their words, read from the UTF-8 in place), {@link Furniture}, {@link HeaderReader} (headline, byline, dates,
 * caption), {@link BodyReader} (dateline, sections) and {@link QuoteFinder}. Linear in the input; the only exception
 * it throws is the typed rejection.
 */
public final class ArticleParser {
    /** Inputs above this many bytes are rejected unless a limit is given. */
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

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

    public Article parse(String id, byte[] content) throws RejectedInputException {
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
        Body body = BodyReader.read(page.lines().from(header.bodyStart()));
        return article(id, header, body, page.votes());
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

    private static Article article(String id, Header header, Body body, Integer votes) {
        Byline byline = header.byline();
        Dateline dateline = body.dateline();
        String agency = byline != null && byline.agency() != null ? byline.agency()
                : dateline == null ? null : dateline.agency();
        String caption = header.caption() != null ? header.caption() : body.caption();
        return Article.builder().id(id).headline(header.headline())
                .byline(byline == null ? null : byline.text()).authors(byline == null ? List.of() : byline.authors())
                .agency(agency).publishedDate(header.published()).updatedDate(header.updated())
                .dateline(dateline == null ? null : dateline.place()).caption(caption).sections(body.sections())
                .quotes(QuoteFinder.find(body.sections())).votes(votes).wordCount(body.wordCount())
                .language(LanguageGuess.of(languageSample(header, body)).orElse(null)).build();
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
