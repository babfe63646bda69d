package io.articles.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bulk decoder agrees with the JDK's strict UTF-8 decoder: the same chars, or a refusal where it refuses. */
class Utf8Test {
    @Test
    void decodesWellFormedTextAsTheJdkDoes() {
        String text = "Zelensky’s “plan” — café, 𝄞 and \u0085 next to ASCII runs of every length: abcdefghijklmnopq";
        assertArrayEquals(text.toCharArray(), Utf8.decode(text.getBytes(UTF_8)));
    }

    @Test
    void refusesWhatIsNotWellFormed() {
        int[][] malformed = {{0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF0, 0x80, 0x80, 0xAF},
                {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0x80}, {0xE2, 0x80}, {0xE2, 0x28, 0xA1}, {0xFF}};
        for (int[] sequence : malformed) {
            byte[] bytes = new byte[sequence.length + 2];
            bytes[0] = 'a';
            for (int i = 0; i < sequence.length; i++) {
                bytes[i + 1] = (byte) sequence[i];
            }
            bytes[bytes.length - 1] = 'z';
            assertNull(Utf8.decode(bytes));
        }
    }

    @Test
    void agreesWithTheJdkOnRandomBytes() {
        Random random = new Random(42);
        String alphabet = "ab \n\t\r\u0007\u007F\u0085\u0091éß—“”’𝄞\uFFFD\u0000";
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes;
            if (round % 2 == 0) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
                bytes = text.toString().getBytes(UTF_8);
                if (bytes.length > 0 && random.nextInt(4) == 0) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            } else {
                bytes = new byte[random.nextInt(24)];
                random.nextBytes(bytes);
            }
            char[] strict = strict(bytes);
            char[] decoded = Utf8.decode(bytes);
            assertArrayEquals(strict, decoded);
            if (decoded != null) {
                assertEquals(controls(decoded), Utf8.controls(bytes));
            }
        }
    }

    private static char[] strict(byte[] bytes) {
        try {
            return UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().toCharArray();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The count {@link TextDecoder} makes char by char, -1 with a NUL. */
    private static int controls(char[] chars) {
        int controls = 0;
        for (char c : chars) {
            if (c == 0) {
                return -1;
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F);
            controls += control ? 1 : 0;
        }
        return controls;
    }
}
