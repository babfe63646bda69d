package io.articles.api;

import io.articles.store.Cursor;
import io.articles.store.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the page a list request asks for (first, or the one its token names) and renders it with the next token.
 *
 * <p>A page holds what it promises: reads follow one another (partition after partition: months, the exact
 * headline then the word matches) until {@code limit} items are found and one more is seen, or the query is
 * exhausted. So {@code nextToken} is null exactly when nothing follows, and only the last page is short. The work
 * is bounded: at most {@link Budget#queries()} store reads (DynamoDB queries) per request; only when that bound
 * is reached does a page come back short (even empty) with a token.
 */
final class Pager {
    /**
     * The reads one request may make, and how many entries a filtered read evaluates at least. 16 queries: a date
     * range spans at most 13 month partitions, each read once (a month's page of summaries is far below DynamoDB's
     * 1 MB per query), the rejections 12, a person 1, a headline 2; so only a headline search whose word partition
     * holds thousands of non-matching entries can reach it.
     */
    record Budget(int queries, int filteredBatch) {
        static final Budget DEFAULT = new Budget(16, 100);

        Budget {
            if (queries < 1 || filteredBatch < 1) {
                throw new IllegalArgumentException("budget: expected at least one query of at least one entry");
            }
        }
    }

    private final PageTokens tokens;
    private final Budget budget;

    Pager(PageTokens tokens, Budget budget) {
        this.tokens = tokens;
        this.budget = budget;
    }

    /** Validates limit and token before any store read; then reads until the page is full or the query ends. */
    <T> Page<T> read(ListQuery<T> query, Parameters parameters) {
        int limit = parameters.limit();
        Cursor at = parameters.nextToken().map(token -> tokens.decode(token, query.description()))
                .orElse(Cursor.START);
        query.check(at);
        List<T> items = new ArrayList<>(limit);
        for (int reads = 0; reads < budget.queries(); reads++) {
            // One more than the page needs: seeing it is how a full page knows that something follows.
            int wanted = limit - items.size() + 1;
            Page<T> batch = query.read(query.filters(at) ? Math.max(wanted, budget.filteredBatch()) : wanted, at);
            for (int i = 0; i < batch.items().size(); i++) {
                if (items.size() == limit) {
                    return new Page<>(items, i == 0 ? at : position(batch, i - 1));
                }
                items.add(batch.items().get(i));
            }
            at = batch.next();
            if (at == null) {
                return new Page<>(items, null);
            }
        }
        return new Page<>(items, at); // the budget is spent: a shorter page, and the token to go on
    }

    <T> String body(ListQuery<T> query, Page<T> page, Json.ItemWriter<T> itemWriter) {
        String nextToken = page.next() == null ? null : tokens.encode(query.description(), page.next());
        return Json.page(page.items(), nextToken, itemWriter);
    }

    private static Cursor position(Page<?> batch, int item) {
        if (batch.positions().isEmpty()) {
            throw new IllegalStateException("a read that stops inside a batch needs the position of each item");
        }
        return batch.positions().get(item);
    }
}
