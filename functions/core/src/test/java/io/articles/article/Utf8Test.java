package io.articles.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scan agrees with the JDK's strict UTF-8 decoder: well-formed where it decodes, with as many chars. */
class Utf8Test {
    @Test
    void scansWellFormedTextAsTheJdkDecodesIt() {
        String text = "Zelensky’s “plan” — café, 𝄞 and \u0085 next to ASCII runs of every length: abcdefghijklmnopq";
        byte[] bytes = text.getBytes(UTF_8);
        assertEquals(new Utf8.Scan(text.length(), 1), Utf8.scan(bytes));
        for (int i = 0, at = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            assertEquals(text.codePointAt(i), Utf8.codePointAt(bytes, at));
            at += Utf8.length(bytes[at]);
        }
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
            assertNull(Utf8.scan(bytes));
        }
    }

    @Test
    void acceptsFourByteCharactersWhoseLowBitsLookLikeASurrogate() {
        assertNotNull(Utf8.scan(new String(Character.toChars(0x1D800)).getBytes(UTF_8)));
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
            String strict = strict(bytes);
            Utf8.Scan scan = Utf8.scan(bytes);
            if (strict == null || scan == null) {
                // A NUL before the first malformed byte ends the scan early: the text is rejected either way.
                assertEquals(strict == null, scan == null || scan.controls() < 0, () -> strict + " / " + scan);
            } else if (scan.controls() < 0) {
                assertEquals(-1, controls(strict));
            } else {
                assertEquals(new Utf8.Scan(strict.length(), controls(strict)), scan);
            }
        }
    }

    private static String strict(byte[] bytes) {
        try {
            return UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The count {@link TextDecoder} makes char by char, -1 with a NUL. */
    private static int controls(String text) {
        int controls = 0;
        for (char c : text.toCharArray()) {
            if (c == 0) {
                return -1;
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F);
            controls += control ? 1 : 0;
        }
        return controls;
    }
}
