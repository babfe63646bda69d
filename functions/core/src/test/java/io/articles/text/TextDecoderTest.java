package io.articles.text;

import static io.articles.text.UnreadableTextException.Reason.BINARY;
import static io.articles.text.UnreadableTextException.Reason.EMPTY;
import static io.articles.text.UnreadableTextException.Reason.TOO_LARGE;
import static io.articles.text.UnreadableTextException.Reason.UNDECODABLE;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Zelensky’s “plan” — café";
    private final TextDecoder decoder = new TextDecoder(1000);

    @Test
    void decodesUtf8WithoutAByteOrderMark() throws UnreadableTextException {
        assertEquals(TEXT, decoded(TEXT.getBytes(UTF_8)));
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws UnreadableTextException {
        assertEquals(TEXT, decoded(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(UTF_8))));
    }

    @Test
    void decodesUtf16ByItsByteOrderMark() throws UnreadableTextException {
        assertEquals(TEXT, decoded(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(UTF_16BE))));
        assertEquals(TEXT, decoded(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(UTF_16LE))));
    }

    @Test
    void recognisesUtf16WithoutAByteOrderMarkByItsZeroBytes() throws UnreadableTextException {
        String plain = "AMMAN — The ministry said on Sunday";
        assertEquals(plain, decoded(plain.getBytes(UTF_16LE)));
        assertEquals(plain, decoded(plain.getBytes(UTF_16BE)));
    }

    @Test
    void readsWindows1252WithoutManglingSmartQuotes() {
        assertEquals(TEXT, new String(TextDecoder.windows1252(TEXT.getBytes(Charset.forName("windows-1252"))), UTF_8));
    }

    @Test
    void leavesOtherBytesForTheLineReaderToCheck() throws UnreadableTextException {
        byte[] unchecked = {'a', (byte) 0xC3, 'b'};
        assertSame(unchecked, decoder.decode(unchecked));
    }

    @Test
    void rejectsEmptyInput() {
        assertRejected(EMPTY, new byte[0]);
        assertRejected(EMPTY, null);
    }

    @Test
    void rejectsInputAboveTheLimitNamingBoth() {
        UnreadableTextException e = assertRejected(TOO_LARGE, new byte[1001]);
        assertEquals("file is 1001 bytes; the limit is 1000", e.getMessage());
    }

    @Test
    void rejectsPdfsAndImagesByTheirSignature() {
        assertEquals("file is a PDF document, not text",
                assertRejected(BINARY, "%PDF-1.7\nstream".getBytes(UTF_8)).getMessage());
        assertRejected(BINARY, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'});
        assertRejected(BINARY, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
    }

    @Test
    void rejectsUtf16WithAnOddNumberOfBytes() {
        assertRejected(UNDECODABLE, new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'});
    }

    @Test
    void rejectsInvalidUtf8AfterAUtf8ByteOrderMark() {
        assertRejected(UNDECODABLE, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3});
    }

    /** The decoder's UTF-8 as a string. */
    private String decoded(byte[] bytes) throws UnreadableTextException {
        return new String(decoder.decode(bytes), UTF_8);
    }

    private UnreadableTextException assertRejected(UnreadableTextException.Reason reason, byte[] bytes) {
        UnreadableTextException e = assertThrows(UnreadableTextException.class, () -> decoder.decode(bytes));
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
