package io.articles.api;

import io.articles.article.ArticleId;
import io.articles.store.ArticleIndex;
import io.articles.store.ArticleStore;
import io.articles.store.Lookup;
import io.articles.store.Page;
import io.articles.store.PersonEntry;
import io.articles.store.RejectionEntry;
import io.articles.store.Summary;
import io.articles.store.WarningEntry;
import io.articles.text.Folding;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The lookup API: routes a request to one store read and renders the answer. Everything a client sends that is
 * wrong becomes a 4xx JSON error; only the store failing (an exception) can make it a 5xx.
 */
public final class Api {
    private static final String ARTICLE_PREFIX = "/articles/";
    private static final Set<String> PEOPLE_PARAMETERS = Set.of("prefix", Parameters.LIMIT, Parameters.NEXT_TOKEN);
    private static final Set<String> PAGING_PARAMETERS = Set.of(Parameters.LIMIT, Parameters.NEXT_TOKEN);
    /** How far back GET /ingest-errors and GET /ingest-warnings look. */
    private static final int REJECTION_MONTHS = 12;

    private final ArticleStore store;
    private final Pager pager;
    private final Clock clock;

    Api(ArticleStore store, PageTokens tokens, Clock clock) {
        this(store, tokens, clock, Pager.Budget.DEFAULT);
    }

    Api(ArticleStore store, PageTokens tokens, Clock clock, Pager.Budget budget) {
        this.store = store;
        this.pager = new Pager(tokens, budget);
        this.clock = clock;
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiError e) {
            ApiResponse error = Responses.error(e);
            return request.method().equals("HEAD") ? Responses.withoutBody(error) : error;
        }
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.path();
        String id = path.startsWith(ARTICLE_PREFIX) ? path.substring(ARTICLE_PREFIX.length()) : null;
        if (id != null && !id.isEmpty() && id.indexOf('/') < 0) {
            return get(request, Set.of(), parameters -> article(id, request));
        }
        return switch (path) {
            case "/articles" -> get(request, ArticleSearch.PARAMETERS, this::articles);
            case "/people" -> get(request, PEOPLE_PARAMETERS, this::people);
            case "/ingest-errors" -> get(request, PAGING_PARAMETERS, this::ingestErrors);
            case "/ingest-warnings" -> get(request, PAGING_PARAMETERS, this::ingestWarnings);
            default -> throw ApiError.notFound(
                    "path: expected /articles, /articles/{id}, /people, /ingest-errors or /ingest-warnings, got "
                            + Parameters.quote(path));
        };
    }

    /** GET; HEAD as GET without the body; OPTIONS names the methods; anything else is a 405. */
    private static ApiResponse get(ApiRequest request, Set<String> accepted, Function<Parameters, ApiResponse> route) {
        return switch (request.method()) {
            case "GET" -> route.apply(Parameters.of(request.query(), accepted));
            case "HEAD" -> Responses.withoutBody(route.apply(Parameters.of(request.query(), accepted)));
            case "OPTIONS" -> Responses.options();
            default -> throw ApiError.methodNotAllowed(request.method());
        };
    }

    private ApiResponse article(String id, ApiRequest request) {
        String json = ArticleId.isWellFormed(id) ? store.articleJson(id).orElse(null) : null;
        if (json == null) {
            throw ApiError.notFound("id: no article with that id");
        }
        String etag = EntityTags.of(json);
        return EntityTags.matches(request.header("If-None-Match"), etag)
                ? Responses.notModified(Responses.ARTICLE_CACHE, etag)
                : Responses.json(json, Responses.ARTICLE_CACHE, etag);
    }

    private ApiResponse articles(Parameters parameters) {
        ArticleSearch search = ArticleSearch.of(parameters);
        LookupQuery<Summary> query = search.query(store);
        Page<Summary> page = pager.read(query, parameters);
        search.checkUnambiguous(page.items());
        return Responses.json(pager.body(query, page, Json::summary), Responses.LIST_CACHE);
    }

    private ApiResponse people(Parameters parameters) {
        String text = parameters.text("prefix")
                .orElseThrow(() -> ApiError.badRequest("prefix: expected 1 to " + Parameters.MAX_TEXT + " characters"));
        String prefix = Folding.fold(text);
        if (prefix.isEmpty()) {
            throw ApiError.badRequest("prefix: expected at least one letter or digit, got " + Parameters.quote(text));
        }
        PeopleQuery query = new PeopleQuery(store, prefix);
        Page<PersonEntry> page = pager.read(query, parameters);
        return Responses.json(pager.body(query, page, Json::person), Responses.PEOPLE_CACHE);
    }

    /** The months are part of the query: a token from last month's listing does not continue this month's. */
    private ApiResponse ingestErrors(Parameters parameters) {
        List<Lookup> months = new ArrayList<>();
        for (String partition : ArticleIndex.rejectionPartitions(YearMonth.now(clock), REJECTION_MONTHS)) {
            months.add(new Lookup(List.of(partition), "0", "9", List.of(), null));
        }
        LookupQuery<RejectionEntry> query = new LookupQuery<>("ingest-errors", months, store::rejections);
        Page<RejectionEntry> page = pager.read(query, parameters);
        return Responses.json(pager.body(query, page, Json::rejection), Responses.NO_STORE);
    }

    /** Articles stored with parser warnings over the same months, newest first: what an editor should check. */
    private ApiResponse ingestWarnings(Parameters parameters) {
        List<Lookup> months = new ArrayList<>();
        for (String partition : ArticleIndex.warningPartitions(YearMonth.now(clock), REJECTION_MONTHS)) {
            months.add(new Lookup(List.of(partition), "0", "9", List.of(), null));
        }
        LookupQuery<WarningEntry> query = new LookupQuery<>("ingest-warnings", months, store::warnings);
        Page<WarningEntry> page = pager.read(query, parameters);
        return Responses.json(pager.body(query, page, Json::warning), Responses.NO_STORE);
    }
}
