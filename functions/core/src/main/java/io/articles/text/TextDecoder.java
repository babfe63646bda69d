package io.articles.text;

import static io.articles.text.UnreadableTextException.Reason.BINARY;
import static io.articles.text.UnreadableTextException.Reason.EMPTY;
import static io.articles.text.UnreadableTextException.Reason.TOO_LARGE;
import static io.articles.text.UnreadableTextException.Reason.UNDECODABLE;
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
 * (the superset of Latin-1 that also holds the smart quotes and dashes Word writes). Files in a binary format are
 * refused by their signature; text that is mostly control characters by the {@link LineReader}, which meets them.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
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

    public TextDecoder(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The text as UTF-8: the same array unless a byte order mark or the zeros of UTF-16 say otherwise, then the text
     * strictly decoded and re-encoded. The parser reads UTF-8 in place and checks that it is well-formed as it goes
     * (see {@link LineReader}), so the common case costs no pass and no copy here; bytes that turn out not to be
     * UTF-8 are read as {@link #windows1252} instead.
     */
    public byte[] decode(byte[] content) throws UnreadableTextException {
        if (content == null || content.length == 0) {
            throw new UnreadableTextException(EMPTY, "file is empty");
        }
        if (content.length > maxBytes) {
            throw new UnreadableTextException(TOO_LARGE,
                    "file is " + content.length + " bytes; the limit is " + maxBytes);
        }
        for (Signature signature : SIGNATURES) {
            if (signature.matches(content)) {
                throw new UnreadableTextException(BINARY, "file is " + signature.kind() + ", not text");
            }
        }
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
        return utf16.isPresent() ? strictly(utf16.get(), content, 0) : content;
    }

    /** Bytes that are not UTF-8, read as Windows-1252 and re-encoded as UTF-8. */
    public static byte[] windows1252(byte[] content) {
        return new String(content, WINDOWS_1252).getBytes(UTF_8);
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

    private static byte[] strictly(Charset charset, byte[] content, int offset) throws UnreadableTextException {
        try {
            return charset.newDecoder().decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString()
                    .getBytes(UTF_8);
        } catch (CharacterCodingException e) {
            throw new UnreadableTextException(UNDECODABLE,
                    "file looks like " + charset.name() + " but its bytes are not valid " + charset.name());
        }
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
