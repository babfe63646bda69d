package io.articles.article;

import static io.articles.article.RejectedInputException.Reason.BINARY;
import static io.articles.article.RejectedInputException.Reason.EMPTY;
import static io.articles.article.RejectedInputException.Reason.TOO_LARGE;
import static io.articles.article.RejectedInputException.Reason.UNDECODABLE;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/**
 * Bytes to text. Editors upload whatever their tools saved, so the encoding is detected, not assumed: a byte order
 * mark wins, then UTF-16 recognised by its zero bytes, then UTF-8 when the bytes are valid UTF-8, else Windows-1252
 * (the superset of Latin-1 that also holds the smart quotes and dashes Word writes). What is not text is refused.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Real text has next to no control characters; above this share the bytes are not text. */
    private static final int MAX_CONTROL_PERCENT = 10;
    /** Bytes looked at to recognise UTF-16 written without a byte order mark. */
    private static final int UTF16_SAMPLE = 256;
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("a PDF document", 0x25, 0x50, 0x44, 0x46, 0x2D),
            new Signature("a PNG image", 0x89, 0x50, 0x4E, 0x47),
            new Signature("a JPEG image", 0xFF, 0xD8, 0xFF),
            new Signature("a GIF image", 0x47, 0x49, 0x46, 0x38),
            new Signature("a ZIP archive (or a Word/OpenDocument file)", 0x50, 0x4B, 0x03, 0x04),
            new Signature("a gzip archive", 0x1F, 0x8B));

    private final int maxBytes;

    TextDecoder(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The text as well-formed UTF-8: the same array when it already is (nearly always), else the text re-encoded. The
     * parser reads UTF-8 bytes in place, so the common case costs one scan of the bytes and no copy.
     */
    byte[] decode(byte[] content) throws RejectedInputException {
        if (content == null || content.length == 0) {
            throw new RejectedInputException(EMPTY, "file is empty");
        }
        if (content.length > maxBytes) {
            throw new RejectedInputException(TOO_LARGE,
                    "file is " + content.length + " bytes; the limit is " + maxBytes);
        }
        for (Signature signature : SIGNATURES) {
            if (signature.matches(content)) {
                throw new RejectedInputException(BINARY, "file is " + signature.kind() + ", not text");
            }
        }
        Utf8.Scan utf8 = hasSignature(content) ? null : Utf8.scan(content);
        if (utf8 != null) {
            rejectControlCharacters(utf8.controls(), utf8.chars());
            return content;
        }
        String text = toText(content);
        rejectControlCharacters(text);
        return text.getBytes(UTF_8);
    }

    /** A byte order mark, or the zeros of UTF-16: then the general path below decides. */
    private static boolean hasSignature(byte[] content) {
        return startsWith(content, 0xEF, 0xBB, 0xBF) || startsWith(content, 0xFE, 0xFF)
                || startsWith(content, 0xFF, 0xFE) || bomlessUtf16(content).isPresent();
    }

    private static String toText(byte[] content) throws RejectedInputException {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return strictly(UTF_8, content, 3);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return strictly(UTF_16BE, content, 2);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return strictly(UTF_16LE, content, 2);
        }
        Optional<Charset> utf16 = bomlessUtf16(content);
        if (utf16.isPresent()) {
            return strictly(utf16.get(), content, 0);
        }
        String utf8 = new String(content, UTF_8);
        // The replacement character means malformed bytes, or rarely a real U+FFFD: only then validate strictly.
        if (utf8.indexOf('\uFFFD') < 0 || isUtf8(content)) {
            return utf8;
        }
        return new String(content, WINDOWS_1252);
    }

    /** UTF-16 without a byte order mark: text in Latin script has a zero in every other byte, and only there. */
    private static Optional<Charset> bomlessUtf16(byte[] content) {
        int sample = Math.min(content.length, UTF16_SAMPLE) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += content[i] == 0 ? 1 : 0;
            oddZeros += content[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (pairs < 2) {
            return Optional.empty();
        }
        if (evenZeros == 0 && oddZeros * 10 >= pairs * 9) {
            return Optional.of(UTF_16LE);
        }
        if (oddZeros == 0 && evenZeros * 10 >= pairs * 9) {
            return Optional.of(UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean isUtf8(byte[] content) {
        try {
            UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strictly(Charset charset, byte[] content, int offset) throws RejectedInputException {
        try {
            return charset.newDecoder().decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(UNDECODABLE,
                    "file looks like " + charset.name() + " but its bytes are not valid " + charset.name());
        }
    }

    private static void rejectControlCharacters(String text) throws RejectedInputException {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                rejectControlCharacters(-1, text.length());
            }
            controls += isControl(c) ? 1 : 0;
        }
        rejectControlCharacters(controls, text.length());
    }

    /** Rejects text of {@code length} chars with this many control characters (-1: with a NUL). */
    private static void rejectControlCharacters(int controls, int length) throws RejectedInputException {
        if (controls < 0) {
            throw new RejectedInputException(BINARY, "file contains NUL characters: binary data, not text");
        }
        if (controls * 100L > (long) length * MAX_CONTROL_PERCENT) {
            throw new RejectedInputException(BINARY, "file is " + controls * 100L / length
                    + "% control characters; text has at most " + MAX_CONTROL_PERCENT + "%");
        }
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first bytes by which a binary format announces itself. */
    private record Signature(String kind, int... magic) {
        boolean matches(byte[] content) {
            return startsWith(content, magic);
        }
    }
}
