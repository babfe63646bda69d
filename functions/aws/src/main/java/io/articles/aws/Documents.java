package io.articles.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Article JSON is stored gzipped: news text compresses three to four times, which keeps long articles inside
 * DynamoDB's 400 KB item limit and cuts the write units every article costs.
 */
final class Documents {
    /** Room left in the 400 KB item for the other attributes. */
    static final int MAX_COMPRESSED_BYTES = 380 * 1024;

    private Documents() {
    }

    static byte[] compress(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length() / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static String decompress(InputStream compressed) {
        try (InputStream gzip = new GZIPInputStream(compressed)) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("stored document is not valid gzip", e);
        }
    }
}
