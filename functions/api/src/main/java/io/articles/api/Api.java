package io.articles.api;

import io.articles.article.ArticleId;
import io.articles.store.ArticleIndex;
import io.articles.store.ArticleStore;
import io.articles.store.Cursor;
import io.articles.store.Lookup;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lookup API: routes a request to a store query and renders the answer. Every failure becomes a JSON error;
 * nothing a client sends can make it answer 5xx except the store being unavailable.
 */
public final class Api {
    private static final String JSON = "application/json";
    private final ArticleStore store;

    public Api(ArticleStore store) {
        this.store = store;
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiError e) {
            return error(e.status(), e.code(), e.getMessage());
        }
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.path() == null ? "/" : request.path();
        if (!path.equals("/articles") && !path.startsWith("/articles/")) {
            throw ApiError.notFound("no such resource: expected /articles or /articles/{id}");
        }
        if (!"GET".equals(request.method())) {
            return error(405, "MethodNotAllowed", "only GET is supported");
        }
        return path.equals("/articles") ? list(request) : article(path.substring("/articles/".length()));
    }

    private ApiResponse article(String id) {
        if (!ArticleId.isWellFormed(id)) {
            throw ApiError.notFound("no article with that id");
        }
        return store.articleJson(id).map(json -> ok(json))
                .orElseThrow(() -> ApiError.notFound("no article with that id"));
    }

    private ApiResponse list(ApiRequest request) {
        LocalDate date = date(request.query().get("date"));
        Lookup lookup = new Lookup(ArticleIndex.datePartitions(date, date), date + "#", date + "#~", List.of(), null);
        return ok(Json.page(store.articles(lookup, 20, Cursor.START).items(), null));
    }

    private static LocalDate date(String text) {
        if (text == null) {
            throw ApiError.badRequest("date: expected a date as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("date: expected a date as YYYY-MM-DD");
        }
    }

    private static ApiResponse ok(String body) {
        return new ApiResponse(200, headers(), body);
    }

    private static ApiResponse error(int status, String code, String message) {
        return new ApiResponse(status, headers(), Json.error(code, message));
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", JSON);
        return headers;
    }
}
