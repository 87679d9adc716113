package io.github.personalsite.engine.render;

import io.github.personalsite.engine.profile.SafeUrl;

/**
 * The inline Markdown subset allowed in profile strings: {@code *emphasis*} / {@code _emphasis_},
 * {@code **strong**} / {@code __strong__}, {@code `code`} and {@code [text](url)}, with backslash
 * escapes. Everything else is escaped, so the result never holds markup the profile wrote itself; a
 * link whose URL is not {@linkplain SafeUrl#isSafe safe} keeps its text and loses the link.
 */
public final class InlineMarkdown {

    private static final String ESCAPABLE = "\\`*_[]()#+-.!";

    /** Texts already rendered by this instance: a post's summary shows in every list that holds the post. */
    private final java.util.Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    /** Safe HTML for the text; {@code ""} for {@code null}. */
    public String inline(String text) {
        return text == null ? "" : rendered.computeIfAbsent(text, this::render);
    }

    private String render(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        render(text, 0, text.length(), out);
        return out.toString();
    }

    private void render(String s, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
                escape(s.charAt(i + 1), out);
                i += 2;
                continue;
            }
            int next = tryCode(s, i, to, out);
            if (next < 0) {
                next = tryStrong(s, i, to, out);
            }
            if (next < 0) {
                next = tryEmphasis(s, i, to, out);
            }
            if (next < 0) {
                next = tryLink(s, i, to, out);
            }
            if (next < 0) {
                escape(c, out);
                next = i + 1;
            }
            i = next;
        }
    }

    private int tryCode(String s, int i, int to, StringBuilder out) {
        if (s.charAt(i) != '`') {
            return -1;
        }
        int end = s.indexOf('`', i + 1);
        if (end < 0 || end >= to || end == i + 1) {
            return -1;
        }
        out.append("<code>");
        escape(s, i + 1, end, out);
        out.append("</code>");
        return end + 1;
    }

    private int tryStrong(String s, int i, int to, StringBuilder out) {
        if (!s.startsWith("**", i) && !s.startsWith("__", i)) {
            return -1;
        }
        String delimiter = s.substring(i, i + 2);
        int end = s.indexOf(delimiter, i + 2);
        if (end < 0 || end + 2 > to || end == i + 2 || Character.isWhitespace(s.charAt(i + 2))) {
            return -1;
        }
        out.append("<strong>");
        render(s, i + 2, end, out);
        out.append("</strong>");
        return end + 2;
    }

    private int tryEmphasis(String s, int i, int to, StringBuilder out) {
        char d = s.charAt(i);
        if (d != '*' && d != '_' || i + 1 >= to || Character.isWhitespace(s.charAt(i + 1))) {
            return -1;
        }
        if (d == '_' && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            return -1; // snake_case stays as it is
        }
        int end = i + 1;
        while (end < to) {
            if (s.charAt(end) == d) {
                if (end + 1 < to && s.charAt(end + 1) == d) {
                    end += 2; // a strong delimiter inside: skip it
                    continue;
                }
                boolean closes = !Character.isWhitespace(s.charAt(end - 1))
                        && (d == '*' || end + 1 >= to || !Character.isLetterOrDigit(s.charAt(end + 1)));
                if (closes && end > i + 1) {
                    out.append("<em>");
                    render(s, i + 1, end, out);
                    out.append("</em>");
                    return end + 1;
                }
            }
            end++;
        }
        return -1;
    }

    private int tryLink(String s, int i, int to, StringBuilder out) {
        if (s.charAt(i) != '[') {
            return -1;
        }
        int close = s.indexOf("](", i + 1);
        int end = close < 0 ? -1 : closingParenthesis(s, close + 2, to);
        if (close < 0 || end < 0 || end >= to || close == i + 1) {
            return -1;
        }
        String url = s.substring(close + 2, end).strip();
        if (!SafeUrl.isSafe(url)) {
            render(s, i + 1, close, out);
            return end + 1;
        }
        out.append("<a href=\"");
        escape(url, 0, url.length(), out);
        out.append(SafeUrl.isExternal(url) ? "\" rel=\"noopener noreferrer\">" : "\">");
        render(s, i + 1, close, out);
        out.append("</a>");
        return end + 1;
    }

    /** The ')' that closes a link destination, allowing balanced parentheses inside it, or -1. */
    private static int closingParenthesis(String s, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            escape(s.charAt(i), out);
        }
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
