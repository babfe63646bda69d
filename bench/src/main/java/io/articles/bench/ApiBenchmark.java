package io.articles.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.articles.api.ApiHandler;
import io.articles.store.ArticleIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The API function's request-to-response path with DynamoDB stubbed at the HTTP layer: {@code handler} is a whole
 * {@code GET /articles?person=Vladimir Putin} (event JSON in, proxy response JSON out, one Query of 20 summaries);
 * {@code query} is that Query alone through the same client, its "round trip" here. The difference is what the
 * handler adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ApiBenchmark {
    private static final String EVENT = """
            {"version":"2.0","routeKey":"GET /articles","rawPath":"/articles","rawQueryString":"person=Vladimir+Putin",
             "headers":{"accept":"application/json","host":"abcdef1234.execute-api.us-east-1.amazonaws.com"},
             "queryStringParameters":{"person":"Vladimir Putin"},
             "requestContext":{"http":{"method":"GET","path":"/articles","protocol":"HTTP/1.1",
              "sourceIp":"198.51.100.7","userAgent":"bench"},"requestId":"bench","routeKey":"GET /articles",
              "stage":"$default"},"isBase64Encoded":false}
            """;

    private DynamoDbClient dynamoDb;
    private ApiHandler handler;
    private byte[] event;

    @Setup
    public void start() {
        dynamoDb = DynamoDbClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .endpointOverride(URI.create("http://dynamodb.invalid"))
                .httpClient(new StubHttpClient(queryResponse(20))).build();
        handler = new ApiHandler(dynamoDb, "articles");
        event = EVENT.getBytes(StandardCharsets.UTF_8);
    }

    @TearDown
    public void stop() {
        dynamoDb.close();
    }

    @Benchmark
    public byte[] handler() throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream(4096);
        handler.handleRequest(new ByteArrayInputStream(event), response, QuietContext.INSTANCE);
        return response.toByteArray();
    }

    @Benchmark
    public QueryResponse query() {
        return dynamoDb.query(b -> b.tableName("articles").indexName("lookup")
                .keyConditionExpression("#lpk = :lpk AND #lsk BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#lpk", "lpk", "#lsk", "lsk"))
                .expressionAttributeValues(Map.of(":lpk", AttributeValue.fromS(ArticleIndex.personPartition("Vladimir Putin")),
                        ":from", AttributeValue.fromS("0000"), ":to", AttributeValue.fromS("9999~")))
                .scanIndexForward(false).limit(21));
    }

    /** A DynamoDB Query response of {@code count} index items, as the service writes it. */
    private static String queryResponse(int count) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String id = String.format("AAAAAAAAAAAAAA%02d", i);
            String date = String.format("2022-01-%02d", 31 - i);
            items.append(i == 0 ? "" : ",").append("""
                    {"pk":{"S":"A#%1$s"},"sk":{"S":"I#P#vladimir putin"},"lpk":{"S":"P#vladimir putin"},
                     "lsk":{"S":"%2$s#%1$s"},"seq":{"S":"00000000000000000062E99A88DC4074"},
                     "articleId":{"S":"%1$s"},"headline":{"S":"Russia, US to hold new Ukraine crisis talks %3$d"},
                     "published":{"S":"%2$s"},"agency":{"S":"AFP"},
                     "people":{"L":[{"S":"Sergei Lavrov"},{"S":"Antony Blinken"},{"S":"Vladimir Putin"}]}}
                    """.formatted(id, date, i));
        }
        return "{\"Count\":" + count + ",\"ScannedCount\":" + count + ",\"Items\":[" + items + "]}";
    }

    /** A Lambda context that drops log lines. */
    private enum QuietContext implements Context {
        INSTANCE;

        @Override public String getAwsRequestId() { return "bench"; }
        @Override public String getLogGroupName() { return "bench"; }
        @Override public String getLogStreamName() { return "bench"; }
        @Override public String getFunctionName() { return "ApiFunction"; }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "bench"; }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return 30_000; }
        @Override public int getMemoryLimitInMB() { return 1024; }
        @Override public LambdaLogger getLogger() { return QuietLogger.INSTANCE; }
    }

    private enum QuietLogger implements LambdaLogger {
        INSTANCE;

        @Override public void log(String message) { }
        @Override public void log(byte[] message) { }
    }
}
