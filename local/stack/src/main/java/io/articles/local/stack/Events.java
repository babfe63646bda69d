package io.articles.local.stack;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Event JSON to and from the events library's types, with the serializers the Lambda Java runtime uses. */
public final class Events {
    private Events() {
    }

    public static <T> T fromJson(String json, Class<T> type) {
        return LambdaEventSerializers.serializerFor(type, Events.class.getClassLoader()).fromJson(json);
    }

    public static <T> T fromFile(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            return LambdaEventSerializers.serializerFor(type, Events.class.getClassLoader()).fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event file " + file, e);
        }
    }

    public static <T> String toJson(T value, Class<T> type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor(type, Events.class.getClassLoader()).toJson(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
