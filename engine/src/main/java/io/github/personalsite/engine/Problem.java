package io.github.personalsite.engine;

/**
 * One thing wrong with the input, where it is and how to fix it.
 *
 * @param kind    which of the known problems (it decides the severity)
 * @param file    the file as the user knows it, e.g. {@code profile.json}
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param column  1-based column, 0 when unknown
 * @param pointer JSON Pointer of the value concerned ({@code ""} for the document, {@code null} for none)
 * @param message what is wrong
 * @param hint    how to fix it, or {@code null}
 * @param excerpt the offending source line with a caret under the column, or {@code null}
 */
public record Problem(ProblemKind kind, String file, int line, int column, String pointer, String message,
                      String hint, String excerpt) {

    /** Whether the build can go on. */
    public enum Severity { ERROR, WARNING }

    public Severity severity() {
        return kind.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    /** The same problem, shown with its source line and a caret. */
    public Problem withExcerpt(String text) {
        return new Problem(kind, file, line, column, pointer, message, hint, text);
    }

    /** {@code file:line:column: /pointer: message (hint)}, then the excerpt on lines of its own. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        out.append(": ");
        if (pointer != null) {
            out.append(pointer.isEmpty() ? "/" : pointer).append(": ");
        }
        out.append(message);
        if (hint != null) {
            out.append(" (").append(hint).append(')');
        }
        if (excerpt != null) {
            out.append(System.lineSeparator()).append(excerpt);
        }
        return out.toString();
    }
}
