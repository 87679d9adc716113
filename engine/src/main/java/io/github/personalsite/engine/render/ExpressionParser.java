package io.github.personalsite.engine.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the part of OGNL that templates mostly write: variables, record components, method calls,
 * list elements, list literals, text in single quotes, whole numbers, {@code true false null},
 * {@code + == != < > <= >=}, {@code ! not and && or ||}, {@code ?:} and parentheses, with OGNL's
 * precedence (one character in quotes is a {@code char}, as in OGNL). Anything else ({@code #strings…},
 * {@code -}, {@code @Class@…}, projections, escapes, decimals, a leading zero, …) is not parsed: {@link #parse} returns
 * {@code null} and OGNL evaluates that expression.
 */
final class ExpressionParser {

    /** OGNL's words, which cannot name a variable or a component. */
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "neq", "lt", "gt", "lte", "gte", "in",
            "instanceof", "new", "true", "false", "null", "shl", "shr", "ushr", "band", "bor", "xor");

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private int at;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** The expression, or {@code null} when OGNL must evaluate it. */
    static Expr parse(String text) {
        try {
            ExpressionParser parser = new ExpressionParser(text);
            Expr expr = parser.conditional();
            parser.space();
            return parser.at == text.length() ? expr : null;
        } catch (RuntimeException e) { // Unsupported, or text that ends too soon
            return null;
        }
    }

    private Expr conditional() {
        Expr test = logical(false);
        if (!take("?")) {
            return test;
        }
        Expr then = conditional();
        expect(":");
        return new Expr.Conditional(test, then, conditional());
    }

    /** {@code or} (lower) and {@code and} (higher), both left to right. */
    private Expr logical(boolean and) {
        Expr left = and ? comparison(true) : logical(true);
        while (and ? takeWord("and") || take("&&") : takeWord("or") || take("||")) {
            left = new Expr.Logical(and, left, and ? comparison(true) : logical(true));
        }
        return left;
    }

    /** Equality (lower) and order (higher), both left to right. */
    private Expr comparison(boolean equality) {
        Expr left = equality ? comparison(false) : additive();
        while (true) {
            String op = equality ? operator("==", "!=") : operator("<=", ">=", "<", ">");
            if (op == null) {
                return left;
            }
            left = new Expr.Binary(op, left, equality ? comparison(false) : additive());
        }
    }

    private Expr additive() {
        Expr left = unary();
        while (take("+")) {
            left = new Expr.Binary("+", left, unary());
        }
        return left;
    }

    private Expr unary() {
        if (take("!") || takeWord("not")) {
            return new Expr.Not(unary());
        }
        Expr expr = primary();
        while (true) {
            if (take(".")) {
                String name = name();
                expr = take("(") ? new Expr.Call(expr, name, arguments(")")) : new Expr.Property(expr, name);
            } else if (take("[")) {
                Expr index = conditional();
                expect("]");
                expr = new Expr.Index(expr, index);
            } else {
                return expr;
            }
        }
    }

    private Expr primary() {
        space();
        char c = text.charAt(at);
        if (c == '(') {
            at++;
            Expr inner = conditional();
            expect(")");
            return inner;
        }
        if (c == '{') {
            at++;
            return new Expr.ListOf(arguments("}"));
        }
        if (c == '\'') {
            int end = text.indexOf('\'', at + 1);
            String value = text.substring(at + 1, end);
            if (value.indexOf('\\') >= 0) {
                throw new Unsupported(); // escapes: OGNL's own
            }
            at = end + 1;
            return new Expr.Literal(value.length() == 1 ? (Object) value.charAt(0) : value); // OGNL: 'a' is a char
        }
        if (c >= '0' && c <= '9') {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            String digits = text.substring(start, at);
            if (digits.length() > 9 || digits.length() > 1 && digits.charAt(0) == '0'
                    || at < text.length() && Character.isLetter(text.charAt(at)) || next('.')) {
                throw new Unsupported(); // long, octal, float, suffixed: OGNL's own
            }
            return new Expr.Literal(Integer.valueOf(digits));
        }
        String word = word();
        return switch (word) {
            case "true" -> new Expr.Literal(Boolean.TRUE);
            case "false" -> new Expr.Literal(Boolean.FALSE);
            case "null" -> new Expr.Literal(null);
            default -> {
                if (RESERVED.contains(word) || next('(')) {
                    throw new Unsupported();
                }
                yield new Expr.Variable(word);
            }
        };
    }

    private List<Expr> arguments(String close) {
        List<Expr> list = new ArrayList<>();
        if (take(close)) {
            return list;
        }
        do {
            list.add(conditional());
        } while (take(","));
        expect(close);
        return list;
    }

    private String name() {
        String word = word();
        if (RESERVED.contains(word)) {
            throw new Unsupported();
        }
        return word;
    }

    private String word() {
        space();
        int start = at;
        while (at < text.length() && (Character.isJavaIdentifierPart(text.charAt(at)))) {
            at++;
        }
        if (at == start || !Character.isJavaIdentifierStart(text.charAt(start))) {
            throw new Unsupported();
        }
        return text.substring(start, at);
    }

    private String operator(String... candidates) {
        space();
        for (String op : candidates) {
            if (text.startsWith(op, at) && !text.startsWith(op + "=", at)) {
                at += op.length();
                return op;
            }
        }
        return null;
    }

    private boolean take(String token) {
        space();
        if (!text.startsWith(token, at)) {
            return false;
        }
        if ((token.equals("!") && text.startsWith("!=", at)) || (token.equals("+") && text.startsWith("++", at))) {
            return false;
        }
        at += token.length();
        return true;
    }

    private boolean takeWord(String word) {
        space();
        int end = at + word.length();
        if (text.startsWith(word, at) && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))) {
            at = end;
            return true;
        }
        return false;
    }

    private boolean next(char c) {
        space();
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(String token) {
        if (!take(token)) {
            throw new Unsupported();
        }
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
