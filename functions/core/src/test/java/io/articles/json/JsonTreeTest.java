package io.articles.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    @Test
    void readsObjectsArraysAndScalars() {
        Object tree = read("{\"a\":[1,\"two\",true,null,{\"b\":2.5}],\"c\":{}}");
        Map<String, Object> root = JsonTree.object(tree, "root");
        List<Object> a = JsonTree.array(root.get("a"), "a");
        assertEquals(5, a.size());
        assertEquals(1, ((Number) a.get(0)).intValue());
        assertEquals("two", a.get(1));
        assertEquals(Boolean.TRUE, a.get(2));
        assertEquals(null, a.get(3));
        assertEquals(Map.of(), JsonTree.child(root, "c"));
    }

    @Test
    void namesTheFieldWhoseTypeIsWrong() {
        Map<String, Object> root = JsonTree.object(read("{\"key\":5}"), "root");
        assertEquals("key: expected a string",
                assertThrows(IllegalArgumentException.class, () -> JsonTree.string(root, "key")).getMessage());
    }

    @Test
    void refusesMalformedJson() {
        assertThrows(IllegalArgumentException.class, () -> read("{\"a\":"));
        assertThrows(IllegalArgumentException.class, () -> read(""));
        assertThrows(IllegalArgumentException.class, () -> read("{} {}"));
    }

    @Test
    void refusesDocumentsNestedBeyondTheLimit() {
        char[] open = new char[JsonTree.MAX_DEPTH + 2];
        Arrays.fill(open, '[');
        assertThrows(IllegalArgumentException.class, () -> read(new String(open)));
    }

    private static Object read(String json) {
        return JsonTree.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
