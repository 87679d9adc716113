package io.github.personalsite.engine.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;

/** Turns Jackson's parser messages into the mistakes people actually make, with the line and a caret. */
final class SyntaxErrors {

    private static final String SINGLE_QUOTE = "Unexpected character (''' (code 39))";

    private SyntaxErrors() {
    }

    static Problem of(JsonProcessingException e, String label, ProfileText text) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        Problem problem = classify(e.getOriginalMessage(), label, line, column);
        return problem.withExcerpt(text.excerpt(problem.line(), problem.column()));
    }

    private static Problem classify(String m, String label, int line, int column) {
        ProblemKind kind;
        if (m.startsWith(SINGLE_QUOTE)) {
            kind = ProblemKind.SINGLE_QUOTES;
        } else if (m.contains("was expecting comma to separate")) {
            kind = ProblemKind.MISSING_COMMA;
        } else if (m.contains("was expecting double-quote to start field name")) {
            kind = m.startsWith("Unexpected character ('}'") ? ProblemKind.TRAILING_COMMA : ProblemKind.UNQUOTED_KEY;
        } else if (m.startsWith("Unexpected character (']'") || m.startsWith("Unexpected character ('}'")) {
            kind = ProblemKind.TRAILING_COMMA;
        } else if (m.contains("was expecting a colon")) {
            kind = ProblemKind.MISSING_COLON;
        } else if (m.contains("in a String value") || m.contains("in field name")
                || m.startsWith("Illegal unquoted character") && (m.contains("code 10)") || m.contains("code 13)"))) {
            kind = ProblemKind.UNTERMINATED_STRING;
        } else if (m.startsWith("Illegal unquoted character")) {
            kind = ProblemKind.CONTROL_CHARACTER;
        } else if (m.startsWith("Unexpected close marker")) {
            kind = m.contains("no open") ? ProblemKind.TRAILING_CONTENT : ProblemKind.UNEXPECTED_CLOSE;
        } else if (m.startsWith("Unexpected end-of-input")) {
            kind = ProblemKind.UNCLOSED;
        } else if (m.startsWith("Trailing token")) {
            kind = ProblemKind.TRAILING_CONTENT;
        } else if (m.startsWith("Unrecognized token")) {
            int open = m.indexOf('\'');
            int close = m.indexOf('\'', open + 1);
            String word = open >= 0 && close > open ? m.substring(open, close + 1) : "";
            return ProblemKind.UNKNOWN_WORD.at(label, line, Math.max(1, column - (close - open - 1)), null, word);
        } else {
            int end = m.indexOf('\n');
            return ProblemKind.INVALID_JSON.at(label, line, column, null, end < 0 ? m : m.substring(0, end));
        }
        return kind.at(label, line, column, null);
    }
}
