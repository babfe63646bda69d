package io.articles.api;

import io.articles.article.Article;
import io.articles.people.Person;
import io.articles.store.ArticleIndex;
import io.articles.store.HeadlineWords;
import io.articles.text.Folding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** What the API should answer, worked out from the corpus directly: the oracle the integration tests compare to. */
final class Expected {
    private final List<Article> articles;

    Expected(List<Article> articles) {
        this.articles = articles;
    }

    /** Ids of the matching articles published from {@code from} to {@code to} (null: any date, undated too). */
    List<String> ids(Predicate<Article> filter, LocalDate from, LocalDate to) {
        return articles.stream().filter(filter).filter(a -> from == null || a.publishedDate() != null
                        && !a.publishedDate().isBefore(from) && !a.publishedDate().isAfter(to))
                .sorted(Comparator.comparing((Article a) -> ArticleIndex.order(a.publishedDate(), a.id())).reversed())
                .map(Article::id).toList();
    }

    List<String> byHeadline(String text, LocalDate from, LocalDate to) {
        String folded = Folding.fold(text);
        List<String> ids = new ArrayList<>(ids(a -> Folding.fold(a.headline()).equals(folded), from, to));
        ids.addAll(ids(a -> !Folding.fold(a.headline()).equals(folded)
                && HeadlineWords.of(a.headline()).containsAll(HeadlineWords.of(text)), from, to));
        return ids;
    }

    static Predicate<Article> names(String person) {
        return a -> a.people().stream().map(Person::name).anyMatch(person::equals);
    }

    long articlesNaming(String person) {
        return articles.stream().filter(names(person)).count();
    }
}
