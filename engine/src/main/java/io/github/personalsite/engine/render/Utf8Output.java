package io.github.personalsite.engine.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page as Thymeleaf writes it, encoded to UTF-8 as it comes. Rendering into a String first cost a
 * copy per page, and a page with a single character beyond Latin-1 (the en dash of every page title)
 * made the whole String two bytes a character and took the slow path of {@code getBytes}. Here each
 * String Thymeleaf writes is encoded on its own: one of 16 characters or more by {@code getBytes}
 * (which copies an ASCII String's bytes as one array), a shorter one a character at a time. A
 * surrogate pair split between two writes is kept whole.
 */
final class Utf8Output extends Writer {

    private static final int START = 16 * 1024;
    /** From this length on a whole String is encoded by String.getBytes, not a character at a time. */
    private static final int WHOLE = 16;
    /** A buffer grown past this (a page of several hundred KB) is not kept for the next page. */
    private static final int KEEP = 1024 * 1024;

    private byte[] bytes = new byte[START];
    private int size;
    /** The first half of a surrogate pair whose second half has not come yet, or 0. */
    private char high;

    /**
     * Starts the next page in the same buffer: a thread renders page after page, and a fresh 16 KB
     * buffer per page (grown to hundreds of KB for long lists) was a tenth of the rendering time.
     */
    Utf8Output reset() {
        size = 0;
        high = 0;
        if (bytes.length > KEEP) {
            bytes = new byte[START];
        }
        return this;
    }

    @Override
    public void write(String text, int offset, int length) {
        if (length >= WHOLE && high == 0 && offset == 0 && length == text.length()
                && !Character.isHighSurrogate(text.charAt(length - 1))) {
            // String.getBytes copies an ASCII String's array as a whole; a loop of charAt calls cost a
            // twentieth of a cold build, most of it calling charAt
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            room(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
            return;
        }
        room(length);
        byte[] b = bytes;
        int n = size;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && high == 0) {
                b[n++] = (byte) c;
            } else {
                size = n;
                encode(c, end - i);
                b = bytes;
                n = size;
            }
        }
        size = n;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        write(new String(chars, offset, length), 0, length); // Thymeleaf writes Strings; this is the rare path
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(int c) {
        encode((char) c, 1);
    }

    /** Encodes one character that is not plain ASCII, or ends a pending surrogate pair; {@code left} counts it. */
    private void encode(char c, int left) {
        room(3 * left + 1);
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int point = Character.toCodePoint(first, c);
                bytes[size++] = (byte) (0xF0 | point >> 18);
                bytes[size++] = (byte) (0x80 | point >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | point >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | point & 0x3F);
                return;
            }
            bytes[size++] = '?'; // a lone surrogate, as String.getBytes writes it
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** The page's bytes; a surrogate left without its pair ends as {@code ?}, as with String.getBytes. */
    byte[] toByteArray() {
        if (high != 0) {
            high = 0;
            room(1);
            bytes[size++] = '?';
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
