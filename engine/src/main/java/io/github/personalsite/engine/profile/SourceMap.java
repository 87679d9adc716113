package io.github.personalsite.engine.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by JSON Pointer, so a problem found after binding
 * can still name its line and column. Built in one streaming pass over a document already known to
 * parse.
 */
public final class SourceMap {

    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }

    private static final Position START = new Position(1, 1);

    private final Map<String, Position> positions;
    private final String[] lines;

    private SourceMap(Map<String, Position> positions, String text) {
        this.positions = positions;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** Positions of every value of a document known to parse (JSON, or YAML through its factory). */
    public static SourceMap of(JsonFactory factory, String text) throws IOException {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonStreamContext context = token.isStructStart()
                        ? parser.getParsingContext().getParent() : parser.getParsingContext();
                JsonLocation at = parser.currentTokenLocation();
                positions.putIfAbsent(context.pathAsPointer().toString(),
                        new Position(at.getLineNr(), at.getColumnNr()));
            }
        }
        return new SourceMap(positions, text);
    }

    /** The position of the value at {@code pointer}, or of its nearest ancestor present in the file. */
    public Position at(String pointer) {
        String p = pointer;
        while (true) {
            Position found = positions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return START;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Makes a renamed value (and everything under it) findable under its new pointer. */
    void alias(String newPointer, String oldPointer) {
        Map<String, Position> added = new HashMap<>();
        positions.forEach((pointer, position) -> {
            if (pointer.equals(oldPointer) || pointer.startsWith(oldPointer + "/")) {
                added.put(newPointer + pointer.substring(oldPointer.length()), position);
            }
        });
        positions.putAll(added);
    }

    /** A key as a JSON Pointer segment. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The source line with a caret under the column: what a compiler shows. */
    public String excerpt(int line, int column) {
        return excerpt(lines, line, column);
    }

    static String excerpt(String[] lines, int line, int column) {
        if (line < 1 || line > lines.length) {
            return null;
        }
        String text = lines[line - 1].replace('\t', ' ');
        int caret = Math.max(0, Math.min(column - 1, text.length()));
        return "    " + text + System.lineSeparator() + "    " + " ".repeat(caret) + "^";
    }
}
