package io.articles.ingest;

import static io.articles.json.JsonTree.child;
import static io.articles.json.JsonTree.string;

import io.articles.json.JsonTree;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads S3 event notifications ({@code {"Records": [...]}}) from the JSON Lambda delivers. */
final class S3Events {
    private S3Events() {
    }

    /** The records; throws IllegalArgumentException naming the field when the event is not S3-shaped. */
    static List<S3Record> read(InputStream json) {
        Map<String, Object> event = JsonTree.object(JsonTree.read(json), "event");
        List<S3Record> records = new ArrayList<>();
        for (Object item : JsonTree.array(event.get("Records"), "Records")) {
            records.add(record(JsonTree.object(item, "Records[]")));
        }
        return records;
    }

    private static S3Record record(Map<String, Object> record) {
        Map<String, Object> s3 = child(record, "s3");
        Map<String, Object> object = child(s3, "object");
        Object size = object.get("size");
        return new S3Record(string(record, "eventName"), string(child(s3, "bucket"), "name"),
                string(object, "key"), size instanceof Number number ? number.longValue() : null,
                string(object, "eTag"), string(object, "versionId"), string(object, "sequencer"));
    }
}
