package io.articles.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small conversions between Java values and attribute values, null-tolerant both ways. */
final class Items {
    private Items() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue strings(List<String> values) {
        List<AttributeValue> list = new ArrayList<>(values.size());
        for (String value : values) {
            list.add(AttributeValue.fromS(value));
        }
        return AttributeValue.fromL(list);
    }

    /** Puts {@code value} as a string attribute unless it is null (DynamoDB has no use for empty attributes). */
    static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static List<String> stringList(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || !value.hasL()) {
            return List.of();
        }
        List<String> strings = new ArrayList<>(value.l().size());
        for (AttributeValue element : value.l()) {
            strings.add(element.s());
        }
        return strings;
    }
}
