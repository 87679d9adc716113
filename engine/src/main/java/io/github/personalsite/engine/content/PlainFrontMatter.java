package io.github.personalsite.engine.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Front matter as nearly every post writes it, read without the YAML parser: one {@code key: value} per
 * line, where a value is plain text, text in quotes without escapes, {@code true}/{@code false}, a date,
 * or a one-line list of such text ({@code [a, b]}); blank lines and whole-line comments are skipped.
 * Anything else (indented lines, block lists, escapes, numbers, {@code null}, a {@code #} or {@code ": "}
 * inside a value, a repeated key, control characters...) gives {@code null}, and the caller hands the text
 * to the YAML parser, which then also reports any error. For what it accepts, the tree is the one the YAML
 * parser gives (PlainFrontMatterTest compares them on many inputs).
 *
 * <p>Why: at 1,000 posts the YAML parser, still cold, cost about a tenth of a whole build's processor time
 * (its code interpreted, then compiled) for a few lines a post.
 */
final class PlainFrontMatter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlainFrontMatter() {
    }

    /** The front matter's tree, or {@code null} when the text is not of the plain kind described above. */
    static ObjectNode parse(String yaml) {
        ObjectNode tree = NODES.objectNode();
        int at = 0;
        while (at <= yaml.length()) {
            int end = yaml.indexOf('\n', at);
            end = end < 0 ? yaml.length() : end;
            if (!entry(yaml, at, end, tree)) {
                return null;
            }
            at = end + 1;
        }
        return tree;
    }

    /** Adds the line's entry to the tree; false when the line is not plain. */
    private static boolean entry(String text, int start, int end, ObjectNode tree) {
        int stop = trimEnd(text, start, end);
        if (stop == start || text.charAt(start) == '#') {
            return stop == start || allowed(text, start, stop);
        }
        int colon = start;
        while (colon < stop && isKeyChar(text.charAt(colon), colon == start)) {
            colon++;
        }
        if (colon == start || colon == stop || text.charAt(colon) != ':'
                || (colon + 1 < stop && text.charAt(colon + 1) != ' ')) {
            return false;
        }
        String key = text.substring(start, colon);
        if (tree.has(key) || !allowed(text, colon, stop)) {
            return false;
        }
        int from = colon + 1;
        while (from < stop && text.charAt(from) == ' ') {
            from++;
        }
        JsonNode value = from == stop ? NODES.nullNode() : value(text, from, stop);
        if (value == null) {
            return false;
        }
        tree.set(key, value);
        return true;
    }

    private static JsonNode value(String text, int from, int stop) {
        char first = text.charAt(from);
        if (first == '"' || first == '\'') {
            String quoted = quoted(text, from, stop);
            return quoted == null ? null : NODES.textNode(quoted);
        }
        if (first == '[') {
            return list(text, from + 1, stop);
        }
        String plain = plain(text, from, stop, false);
        if (plain == null) {
            return null;
        }
        if (plain.equals("true") || plain.equals("false")) {
            return NODES.booleanNode(plain.equals("true"));
        }
        return special(plain) ? null : NODES.textNode(plain);
    }

    /** Text in quotes that ends the value; {@code null} for escapes (a backslash, '') and anything after it. */
    private static String quoted(String text, int from, int stop) {
        char quote = text.charAt(from);
        int close = text.indexOf(quote, from + 1);
        if (close < 0 || close + 1 != stop) {
            return null;
        }
        String quoted = text.substring(from + 1, close);
        return quoted.indexOf('\\') < 0 ? quoted : null;
    }

    /** {@code [a, b]}: plain text items only (no quotes, nothing that would be a number, true or null). */
    private static ArrayNode list(String text, int from, int stop) {
        if (text.charAt(stop - 1) != ']') {
            return null;
        }
        ArrayNode items = NODES.arrayNode();
        int close = stop - 1;
        if (trimEnd(text, from, close) == skipSpaces(text, from, close)) {
            return items; // []
        }
        int at = from;
        while (at <= close) {
            int comma = text.indexOf(',', at);
            int itemEnd = comma < 0 || comma > close ? close : comma;
            int itemStart = skipSpaces(text, at, itemEnd);
            String item = itemStart == itemEnd ? null : plain(text, itemStart, trimEnd(text, itemStart, itemEnd), true);
            if (item == null || special(item) || item.equals("true") || item.equals("false")) {
                return null;
            }
            items.add(item);
            at = itemEnd + 1;
        }
        return items;
    }

    /**
     * Plain text (no quotes): {@code null} when it starts with a character that means something in YAML,
     * or holds a {@code #}, a {@code ": "}, a final colon or (in a list) any colon or bracket.
     */
    private static String plain(String text, int from, int stop, boolean inList) {
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(from)) >= 0) {
            return null;
        }
        for (int i = from; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '#' || c == '{' || c == '}' || c == '[' || c == ']'
                    || c == ':' && (inList || i + 1 == stop || text.charAt(i + 1) == ' ')) {
                return null;
            }
        }
        return text.substring(from, stop);
    }

    /** Words and shapes YAML reads as something other than text, or that are worth leaving to it. */
    private static boolean special(String plain) {
        char first = plain.charAt(0);
        if (first >= '0' && first <= '9' || first == '+' || first == '.' || first == '~') {
            return !PostReader.isDayShape(plain);
        }
        return switch (plain.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf", "infinity" -> true;
            default -> false;
        };
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                || !first && (c >= '0' && c <= '9' || c == '-');
    }

    /** No tabs, control characters, line separators, byte order marks, non-characters or unpaired surrogates. */
    private static boolean allowed(String text, int from, int stop) {
        for (int i = from; i < stop; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= stop || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    private static int skipSpaces(String text, int start, int end) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        return start;
    }
}
