package io.articles.bench;

import io.articles.article.Article;
import io.articles.article.ArticleJson;
import io.articles.article.ArticleParser;
import io.articles.article.ArticlePipeline;
import io.articles.article.RejectedInputException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ingest function's CPU work on one article, stage by stage: people extraction alone (on the parsed article),
 * parse + extraction (what an upload costs before the writes), and the JSON the table stores. The floor is
 * {@link ParseBenchmark#floor}, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {
    @Param({"seed", "1mb"})
    public String article;

    private final ArticleParser parser = new ArticleParser();
    private final ArticlePipeline pipeline = new ArticlePipeline(parser);
    private byte[] bytes;
    private Article parsed;
    private Article extracted;

    @Setup
    public void load() throws RejectedInputException {
        bytes = Inputs.bytes(article);
        parsed = parser.parse("bench", bytes);
        extracted = pipeline.withPeople(parsed);
    }

    @Benchmark
    public Article extract() {
        return pipeline.withPeople(parsed);
    }

    @Benchmark
    public Article parseAndExtract() throws RejectedInputException {
        return pipeline.read("bench", bytes);
    }

    @Benchmark
    public String json() {
        return ArticleJson.write(extracted);
    }
}
