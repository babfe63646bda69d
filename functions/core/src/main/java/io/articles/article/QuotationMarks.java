package io.articles.article;

import io.articles.text.Chars;
import java.util.Arrays;

/**
 * Pairs the quotation marks of a paragraph by their shape and position, not strictly left to right. A mark after a
 * space (or at the start, or after a bracket or dash) and before a word opens; a mark after a word and before a
 * space or punctuation closes; typographic marks say which they are, unless their place says otherwise. An opening
 * mark met inside a quotation means the earlier one was never closed (a typo): the earlier one is dropped, so the
 * marks after it pair as they should instead of turning narration into quotes and quotes into narration. A
 * quotation left open at the paragraph's end is kept when it opens a clause (the paragraph's start, after "said," or
 * a sentence: it runs on into the next paragraph, as multi-paragraph quotations do, or its closing mark was
 * forgotten), not when it opens after a word (a typo). The marks are found by indexOf, one scan per kind.
 *
 * <p>Double marks ({@code " “ ” „}) and guillemets pair with their own kind. Single typographic marks ({@code ‘ ’})
 * are quotation marks only in a paragraph that opens one with {@code ‘}, where {@code ’} is also the apostrophe: one
 * between letters ("don’t") is an apostrophe, and one after an "s" and before a lower-case word ("farmers’ money")
 * closes only if nothing better does. Straight single quotes are apostrophes or nested quotes and are left alone.
 */
final class QuotationMarks {
    /** Per quotation: its opening mark, the start and end of its text, and the index after its closing mark. */
    static final int INTS = 4;

    private static final int NONE = 0;
    private static final int DOUBLE = 1;
    private static final int GUILLEMET = 2;
    private static final int SINGLE = 3;

    private static final char[] DOUBLE_MARKS = {'"', '“', '”', '„', '«', '»'};
    private static final char[] ALL_MARKS = {'"', '“', '”', '„', '«', '»', '‘', '’'};

    private int[] spans = new int[4 * INTS];
    /** The marks' positions, found by {@link #collect}. */
    private int[] positions = new int[16];
    private int count;

    /** The quotations found by the last {@link #pair}. */
    int count() {
        return count;
    }

    int[] spans() {
        return spans;
    }

    /** Pairs the marks of {@code text}, whose characters are in {@code chars[0, length)}. */
    void pair(String text, char[] chars, int length) {
        count = 0;
        boolean singles = text.indexOf('‘') >= 0 && hasOpeningSingle(chars, length);
        int marks = collect(text, length, singles);
        int open = -1;
        int openFamily = NONE;
        int weakClose = -1;
        for (int m = 0; m < marks; m++) {
            int i = positions[m];
            char c = chars[i];
            int family = family(c, singles);
            if (family == NONE) {
                continue;
            }
            if (open < 0) {
                if (opens(chars, length, i, c)) {
                    open = i;
                    openFamily = family;
                    weakClose = -1;
                }
                continue;
            }
            if (family != openFamily) {
                continue;
            }
            if (closes(chars, length, i, c)) {
                if (family == SINGLE && isWeakSingleClose(chars, length, i)) {
                    weakClose = weakClose < 0 ? i : weakClose;
                    continue;
                }
                add(open, i);
                open = -1;
            } else if (opensOnly(chars, length, i, c)) {
                // The earlier mark was never closed (or a weak single close was the real one).
                if (weakClose >= 0) {
                    add(open, weakClose);
                }
                open = i;
                weakClose = -1;
            }
        }
        if (open >= 0) {
            if (weakClose >= 0) {
                add(open, weakClose);
            } else if (opensClause(chars, open)) {
                // Left open where a quotation starts (the paragraph's start, after "said," or "said:", after a
                // sentence): it runs on into the next paragraph, or its closing mark was forgotten. Left open after
                // a word ("called it “a betrayal and said ..."), it is a typo, and what follows is narration.
                add(open, length);
            }
        }
    }

    /** Whether the mark at {@code open} starts the paragraph or follows a comma, colon, dash or sentence end. */
    private static boolean opensClause(char[] chars, int open) {
        int i = open - 1;
        while (i >= 0 && chars[i] == ' ') {
            i--;
        }
        return i < 0 || ",:;.!?—–".indexOf(chars[i]) >= 0;
    }

    /**
     * The positions of the marks in {@code text}, in order, in {@link #positions}: found by indexOf, which scans a
     * string many times faster than a loop over its characters, one scan per kind of mark. Returns how many.
     */
    private int collect(String text, int length, boolean singles) {
        int count = 0;
        for (char mark : singles ? ALL_MARKS : DOUBLE_MARKS) {
            for (int i = text.indexOf(mark); i >= 0 && i < length; i = text.indexOf(mark, i + 1)) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = i;
            }
        }
        // Each kind's positions are in order; their merge is a sort (n log n even for thousands of marks).
        Arrays.sort(positions, 0, count);
        return count;
    }

    private void add(int open, int close) {
        if ((count + 1) * INTS > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        int at = count++ * INTS;
        spans[at] = open;
        spans[at + 1] = open + 1;
        spans[at + 2] = close;
        spans[at + 3] = close + 1;
    }

    private static int family(char c, boolean singles) {
        return switch (c) {
            case '"', '“', '”', '„' -> DOUBLE;
            case '«', '»' -> GUILLEMET;
            case '‘', '’' -> singles ? SINGLE : NONE;
            default -> NONE;
        };
    }

    /** A mark that may open a quotation here. */
    private static boolean opens(char[] chars, int length, int i, char c) {
        return switch (c) {
            case '“', '„', '«', '‘' -> !closesOnly(chars, length, i);
            case '”', '»', '’' -> opensOnly(chars, length, i, c);
            // 'Wilkins said," [Warhol] liked it"': after a comma or colon a straight mark opens, spaced or not.
            default -> !closesOnly(chars, length, i) && hasTextAfter(chars, length, i)
                    || i > 0 && (chars[i - 1] == ',' || chars[i - 1] == ':') && i + 2 < length && chars[i + 1] == ' ';
        };
    }

    /** A mark that closes the open quotation here. */
    private static boolean closes(char[] chars, int length, int i, char c) {
        return switch (c) {
            case '”', '»' -> !opensOnly(chars, length, i, c);
            case '’' -> afterText(chars, i) && beforeBreak(chars, length, i) && !betweenLetters(chars, length, i);
            case '“', '„', '«', '‘' -> closesOnly(chars, length, i);
            default -> !opensOnly(chars, length, i, c);
        };
    }

    /** Placed as only an opening mark can be: after a space or the start, before a word. */
    private static boolean opensOnly(char[] chars, int length, int i, char c) {
        boolean after = i == 0 || isOpeningContext(chars[i - 1]);
        return after && !beforeBreak(chars, length, i) && (c != '’' || !betweenLetters(chars, length, i));
    }

    /** Placed as only a closing mark can be: after a word, before a space, punctuation or the end. */
    private static boolean closesOnly(char[] chars, int length, int i) {
        return afterText(chars, i) && beforeBreak(chars, length, i);
    }

    private static boolean afterText(char[] chars, int i) {
        return i > 0 && !isOpeningContext(chars[i - 1]);
    }

    private static boolean isOpeningContext(char c) {
        return c == ' ' || c == '(' || c == '[' || c == '—' || c == '–' || c == '-' || c == '/' || c == '“'
                || c == '‘' || c == '«';
    }

    private static boolean beforeBreak(char[] chars, int length, int i) {
        if (i + 1 >= length) {
            return true;
        }
        char next = chars[i + 1];
        return switch (next) {
            case ' ', ',', '.', ';', ':', '!', '?', ')', ']', '—', '–', '”', '’', '"', '»' -> true;
            default -> false;
        };
    }

    private static boolean hasTextAfter(char[] chars, int length, int i) {
        return i + 1 < length && chars[i + 1] != ' ';
    }

    private static boolean betweenLetters(char[] chars, int length, int i) {
        return i > 0 && i + 1 < length && Chars.isLetter(chars[i - 1]) && Chars.isLetter(chars[i + 1]);
    }

    /** "the farmers’ money": after an "s", before a space and a lower-case word. */
    private static boolean isWeakSingleClose(char[] chars, int length, int i) {
        return i > 0 && chars[i - 1] == 's' && i + 2 < length && chars[i + 1] == ' '
                && Chars.isLowerCase(chars[i + 2]);
    }

    /** Whether a single opening mark stands at a word's start: only then are single marks quotation marks. */
    private static boolean hasOpeningSingle(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[i] == '‘' && (i == 0 || isOpeningContext(chars[i - 1]))) {
                return true;
            }
        }
        return false;
    }
}
