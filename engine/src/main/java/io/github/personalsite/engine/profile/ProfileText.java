package io.github.personalsite.engine.profile;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A profile file as text: strictly UTF-8 (the first bad byte is named by line and column), without a
 * byte order mark, with its lines for excerpts and a note of any comments in it.
 */
record ProfileText(String text, String[] lines, List<Problem> warnings) {

    static ProfileText read(Path file, String label) throws BuildException {
        byte[] bytes = readBytes(file, label);
        List<Problem> warnings = new ArrayList<>();
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
            warnings.add(ProblemKind.BYTE_ORDER_MARK.at(label, 1, 1, null));
        }
        String text = decode(bytes, start, label);
        if (text.isBlank()) {
            throw new BuildException(ProblemKind.FILE_EMPTY.at(label, 0, 0, null));
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        int[] comment = firstComment(text);
        if (comment[2] > 0) {
            warnings.add(ProblemKind.COMMENTS.at(label, comment[0], comment[1], null,
                    comment[2] == 1 ? "1 comment is" : comment[2] + " comments are"));
        }
        return new ProfileText(text, lines, warnings);
    }

    String excerpt(int line, int column) {
        return SourceMap.excerpt(lines, line, column);
    }

    private static byte[] readBytes(Path file, String label) throws BuildException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BuildException(ProblemKind.FILE_NOT_FOUND.at(label, 0, 0, null));
        } catch (AccessDeniedException e) {
            throw new BuildException(ProblemKind.FILE_UNREADABLE.at(label, 0, 0, null, "permission denied"));
        } catch (IOException e) {
            throw new BuildException(ProblemKind.FILE_UNREADABLE.at(label, 0, 0, null, String.valueOf(e.getMessage())));
        }
    }

    private static String decode(byte[] bytes, int start, String label) throws BuildException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            String[] lines = before.split("\r\n|\r|\n", -1);
            int line = lines.length;
            int column = lines[lines.length - 1].length() + 1;
            String bad = String.format("%02X", bytes[in.position()] & 0xFF);
            throw new BuildException(ProblemKind.INVALID_UTF8.at(label, line, column, null, bad)
                    .withExcerpt(SourceMap.excerpt(lines, line, column)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Line, column and count of comments outside strings: {line, column, count}. */
    private static int[] firstComment(String text) {
        int line = 1;
        int column = 1;
        int[] first = {0, 0, 0};
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                    column++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                if (first[2]++ == 0) {
                    first[0] = line;
                    first[1] = column;
                }
                String end = text.charAt(i + 1) == '/' ? "\n" : "*/";
                int close = text.indexOf(end, i + 2);
                int stop = close < 0 ? text.length() : close + (end.equals("*/") ? 2 : 0);
                for (int j = i; j < stop; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        column = 0;
                    }
                    column++;
                }
                i = stop - 1;
                continue;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return first;
    }
}
