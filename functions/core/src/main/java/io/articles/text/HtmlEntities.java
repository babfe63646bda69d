package io.articles.text;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes the HTML character references that pages saved as text keep: numeric ({@code &#233;}, {@code &#xE9;}) and
 * the named ones such text uses ({@code &amp; &quot; &apos; &lt; &gt; &nbsp;}, the typographic quotation marks,
 * dashes and ellipsis, and the Latin-1 letters and signs, {@code &eacute; &oslash; &szlig;}). Anything else that
 * starts with {@code &} is left as written ("AT&T", "R&D", "&bogus;"). Whitespace that a reference stands for
 * becomes a single space, as the {@link LineReader} leaves a line's whitespace, and invisible characters go.
 */
public final class HtmlEntities {
    /** The longest name of a reference decoded, "&thetasym;" aside: "&hellip;", "&Ccedil;". */
    private static final int MAX_NAME = 8;
    /** Code points 160 to 255 by their HTML 4 names, in order. */
    private static final String[] LATIN_1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not "
            + "shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 "
            + "iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc "
            + "Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN "
            + "szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc "
            + "iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn "
            + "yuml").split(" ");
    private static final Map<String, Integer> NAMED = named();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlEntities() {
    }

    /** The line with its character references decoded: the line itself when it has no {@code &} (nearly all). */
    public static String decode(String line) {
        int amp = line.indexOf('&');
        return amp < 0 ? line : decode(line, amp);
    }

    private static String decode(String line, int firstAmp) {
        StringBuilder out = new StringBuilder(line.length());
        out.append(line, 0, firstAmp);
        int i = firstAmp;
        boolean changed = false;
        while (i < line.length()) {
            char c = line.charAt(i);
            int end = c == '&' ? referenceEnd(line, i) : -1;
            int codePoint = end < 0 ? -1 : codePoint(line, i + 1, end);
            if (codePoint < 0) {
                out.append(c);
                i++;
                continue;
            }
            changed = true;
            append(out, codePoint);
            i = end + 1;
        }
        return changed ? trimmed(out) : line;
    }

    /** The index of the ';' that ends the reference starting at {@code amp}, or -1. */
    private static int referenceEnd(String line, int amp) {
        int limit = Math.min(line.length(), amp + MAX_NAME + 3);
        for (int i = amp + 1; i < limit; i++) {
            char c = line.charAt(i);
            if (c == ';') {
                return i > amp + 1 ? i : -1;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#')) {
                return -1;
            }
        }
        return -1;
    }

    /** The code point the reference's name in {@code [from, to)} stands for, or -1. */
    private static int codePoint(String line, int from, int to) {
        if (line.charAt(from) != '#') {
            Integer named = NAMED.get(line.substring(from, to));
            return named == null ? -1 : named;
        }
        boolean hex = from + 1 < to && (line.charAt(from + 1) == 'x' || line.charAt(from + 1) == 'X');
        int digits = hex ? from + 2 : from + 1;
        if (digits >= to || to - digits > 7) {
            return -1;
        }
        int value = 0;
        for (int i = digits; i < to; i++) {
            int digit = Character.digit(line.charAt(i), hex ? 16 : 10);
            if (digit < 0) {
                return -1;
            }
            value = value * (hex ? 16 : 10) + digit;
        }
        boolean valid = value > 0 && value <= Character.MAX_CODE_POINT
                && (value < Character.MIN_SURROGATE || value > Character.MAX_SURROGATE);
        return valid ? windows1252(value) : -1;
    }

    /** "&#8217;" is right; "&#146;" is the same mark by its Windows-1252 byte, as pages often write it. */
    private static int windows1252(int value) {
        if (value < 0x80 || value > 0x9F) {
            return value;
        }
        char c = new String(new byte[] {(byte) value}, WINDOWS_1252).charAt(0);
        return c == '\uFFFD' ? value : c;
    }

    private static void append(StringBuilder out, int codePoint) {
        if (isBlank(codePoint)) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        } else if (!isInvisible(codePoint)) {
            out.appendCodePoint(codePoint);
        }
    }

    /** The decoded line without a space a reference left at either end or next to another. */
    private static String trimmed(StringBuilder out) {
        StringBuilder clean = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c != ' ' || clean.length() > 0 && clean.charAt(clean.length() - 1) != ' ') {
                clean.append(c);
            }
        }
        int end = clean.length();
        while (end > 0 && clean.charAt(end - 1) == ' ') {
            end--;
        }
        return clean.substring(0, end);
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2007 || c == 0x202F
                || Character.isWhitespace(c);
    }

    private static boolean isInvisible(int c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0xAD || c == 0x200B || c == 0xFEFF;
    }

    private static Map<String, Integer> named() {
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < LATIN_1.length; i++) {
            named.put(LATIN_1[i], 160 + i);
        }
        String[] others = {"amp", "&", "quot", "\"", "apos", "'", "lt", "<", "gt", ">", "ldquo", "“", "rdquo", "”",
            "lsquo", "‘", "rsquo", "’", "sbquo", "‚", "bdquo", "„", "mdash", "—", "ndash", "–", "hellip", "…",
            "bull", "•", "euro", "€", "trade", "™", "OElig", "Œ", "oelig", "œ", "Scaron", "Š", "scaron", "š",
            "Yuml", "Ÿ", "lsaquo", "‹", "rsaquo", "›", "thinsp", " ", "ensp", " ", "emsp", " ", "zwnj", "\u200C",
            "zwj", "\u200D", "prime", "′", "Prime", "″", "dagger", "†", "Dagger", "‡"};
        for (int i = 0; i < others.length; i += 2) {
            named.put(others[i], others[i + 1].codePointAt(0));
        }
        return named;
    }
}
