package io.articles.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sequence check and the decoding agree with the JDK's strict UTF-8 decoder. */
class Utf8Test {
    @Test
    void decodesWellFormedTextAsTheJdkDoes() {
        String text = "Zelensky’s “plan” — café, 𝄞 and \u0085 next to ASCII runs of every length: abcdefghijklmnopq";
        byte[] bytes = text.getBytes(UTF_8);
        char[] out = new char[bytes.length];
        assertEquals(text, new String(out, 0, Utf8.decode(bytes, 0, bytes.length, out)));
        assertEquals(text.length() - 2, Utf8.decode(bytes, 0, bytes.length - 2, out));
    }

    @Test
    void refusesWhatIsNotWellFormed() {
        int[][] malformed = {{0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF0, 0x80, 0x80, 0xAF},
                {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0x80}, {0xE2, 0x80}, {0xE2, 0x28, 0xA1}, {0xFF}};
        for (int[] sequence : malformed) {
            byte[] bytes = new byte[sequence.length];
            for (int i = 0; i < sequence.length; i++) {
                bytes[i] = (byte) sequence[i];
            }
            assertEquals(0, Utf8.wellFormedLength(bytes, 0));
        }
    }

    @Test
    void acceptsFourByteCharactersWhoseLowBitsLookLikeASurrogate() {
        assertEquals(4, Utf8.wellFormedLength(new String(Character.toChars(0x1D800)).getBytes(UTF_8), 0));
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
            String read = readSequence(bytes);
            assertEquals(strict, read);
        }
    }

    /** The text as the line reader reads it: each multi-byte sequence checked, then decoded; null if one is not. */
    private static String readSequence(byte[] bytes) {
        for (int i = 0; i < bytes.length; i += bytes[i] >= 0 ? 1 : Utf8.wellFormedLength(bytes, i)) {
            if (bytes[i] < 0 && Utf8.wellFormedLength(bytes, i) == 0) {
                return null;
            }
        }
        char[] out = new char[bytes.length];
        return new String(out, 0, Utf8.decode(bytes, 0, bytes.length, out));
    }

    private static String strict(byte[] bytes) {
        try {
            return UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
