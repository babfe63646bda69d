package io.articles.api;

import io.articles.store.Cursor;
import io.articles.store.Page;

/** Reads the page a list request asks for (first, or the one its token names) and renders it with the next token. */
final class Pager {
    private final PageTokens tokens;

    Pager(PageTokens tokens) {
        this.tokens = tokens;
    }

    /** Validates limit and token before the one store call. */
    <T> Page<T> read(ListQuery<T> query, Parameters parameters) {
        int limit = parameters.limit();
        Cursor cursor = parameters.nextToken().map(token -> tokens.decode(token, query.description()))
                .orElse(Cursor.START);
        query.check(cursor);
        return query.read(limit, cursor);
    }

    <T> String body(ListQuery<T> query, Page<T> page, Json.ItemWriter<T> itemWriter) {
        String nextToken = page.next() == null ? null : tokens.encode(query.description(), page.next());
        return Json.page(page.items(), nextToken, itemWriter);
    }
}
