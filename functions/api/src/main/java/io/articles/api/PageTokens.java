package io.articles.api;

import io.articles.store.Cursor;
import io.articles.text.Sha256;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code nextToken} codec. A token is base64url of: version, a fingerprint of the query it continues, the
 * cursor (partition index, last key), and an HMAC-SHA256 over all of that, truncated to 128 bits. A token that
 * was altered, signed with another key or made for another query is refused before anything is read.
 */
final class PageTokens {
    private static final byte VERSION = 1;
    private static final int FINGERPRINT_BYTES = 16;
    private static final int MAC_BYTES = 16;
    /** Real tokens are a few hundred characters; anything far longer is not worth decoding. */
    private static final int MAX_TOKEN_CHARS = 4096;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    PageTokens(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("page token key: expected at least one byte");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The token for the page at {@code cursor} of the query described by {@code query}. */
    String encode(String query, Cursor cursor) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.write(fingerprint(query));
            out.writeShort(cursor.partition());
            out.writeByte(cursor.lastKey().size());
            for (Map.Entry<String, String> entry : new TreeMap<>(cursor.lastKey()).entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue());
            }
            out.write(mac(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** The cursor in {@code token}, if this service made it for the query described by {@code query}. */
    Cursor decode(String token, String query) {
        byte[] bytes = authentic(token);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != VERSION) {
                throw ApiError.alteredToken();
            }
            if (!MessageDigest.isEqual(in.readNBytes(FINGERPRINT_BYTES), fingerprint(query))) {
                throw ApiError.foreignToken();
            }
            int partition = in.readUnsignedShort();
            Map<String, String> lastKey = new HashMap<>();
            for (int entries = in.readUnsignedByte(); entries > 0; entries--) {
                lastKey.put(in.readUTF(), in.readUTF());
            }
            if (in.available() != 0) {
                throw ApiError.alteredToken();
            }
            return new Cursor(partition, lastKey);
        } catch (IOException e) {
            throw ApiError.alteredToken();
        }
    }

    /** The token's payload, once its MAC checks out. */
    private byte[] authentic(String token) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            throw ApiError.alteredToken();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw ApiError.alteredToken();
        }
        if (bytes.length <= MAC_BYTES) {
            throw ApiError.alteredToken();
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - MAC_BYTES);
        if (!MessageDigest.isEqual(mac(payload), Arrays.copyOfRange(bytes, payload.length, bytes.length))) {
            throw ApiError.alteredToken();
        }
        return payload;
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe, and cheap to get: one per use
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM provides " + ALGORITHM, e);
        }
    }

    private static byte[] fingerprint(String query) {
        return Arrays.copyOf(Sha256.of(query), FINGERPRINT_BYTES);
    }
}
