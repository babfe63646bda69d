package io.articles.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Lines of text, each with the number of words in it (see {@link Words}). The {@link LineReader} counts them while
 * it reads the lines, so the body's word count needs no pass over the text of its own. Immutable.
 */
public final class Lines extends AbstractList<String> implements RandomAccess {
    private final String[] texts;
    private final int[] words;

    private Lines(String[] texts, int[] words) {
        this.texts = texts;
        this.words = words;
    }

    @Override
    public String get(int index) {
        return texts[index];
    }

    @Override
    public int size() {
        return texts.length;
    }

    /** The words in the line at {@code index}. */
    public int words(int index) {
        return words[index];
    }

    /** The lines from {@code start} on. */
    public Lines from(int start) {
        return new Lines(Arrays.copyOfRange(texts, start, texts.length), Arrays.copyOfRange(words, start, words.length));
    }

    /** The lines from {@code start} up to {@code end}, exclusive. */
    public Lines range(int start, int end) {
        return new Lines(Arrays.copyOfRange(texts, start, end), Arrays.copyOfRange(words, start, end));
    }

    /** Collects lines in order. */
    public static final class Builder {
        private String[] texts = new String[64];
        private int[] words = new int[64];
        private int size;

        public void add(String text, int wordCount) {
            if (size == texts.length) {
                texts = Arrays.copyOf(texts, size * 2);
                words = Arrays.copyOf(words, size * 2);
            }
            texts[size] = text;
            words[size++] = wordCount;
        }

        public Lines build() {
            return new Lines(Arrays.copyOf(texts, size), Arrays.copyOf(words, size));
        }
    }
}
