package io.github.personalsite.engine.render;

import java.util.ArrayList;
import java.util.List;
import ognl.OgnlOps;
import org.thymeleaf.context.IContext;

/**
 * An expression of the kind templates write inside {@code ${…}}, parsed once by {@link ExpressionParser}
 * and evaluated with OGNL's own rules ({@link OgnlOps} for truth, equality, comparison and {@code +}),
 * so that a result is always the one OGNL gives. Whatever an expression meets that these nodes do not
 * do exactly as OGNL (a null on the way, a map, a method of another library's type, an exception)
 * throws {@link Fallback}, and the caller evaluates the whole expression with OGNL instead.
 */
sealed interface Expr {

    Object eval(IContext context);

    /** Thrown when OGNL must evaluate the expression; carries no stack trace. */
    final class Fallback extends RuntimeException {
        static final Fallback INSTANCE = new Fallback();

        private Fallback() {
            super("evaluate with OGNL", null, false, false);
        }
    }

    /** A literal: text, a whole number, true, false or null. */
    record Literal(Object value) implements Expr {
        public Object eval(IContext context) {
            return value;
        }
    }

    /** A variable of the page ({@code site}, {@code post}, …). */
    record Variable(String name) implements Expr {
        public Object eval(IContext context) {
            return context.getVariable(name);
        }
    }

    /** A record component ({@code post.title}). */
    record Property(Expr target, String name) implements Expr {
        public Object eval(IContext context) {
            return RecordPropertyAccessor.read(target.eval(context), name);
        }
    }

    /** A method call ({@code fmt.day(post.date)}); arguments are evaluated against the page, as OGNL does. */
    record Call(Expr target, String name, List<Expr> arguments) implements Expr {
        public Object eval(IContext context) {
            Object on = target.eval(context);
            Object[] args = new Object[arguments.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = arguments.get(i).eval(context);
            }
            return KnownMethodAccessor.call(on, name, args);
        }
    }

    /** An element of a list ({@code site.posts[0]}). */
    record Index(Expr target, Expr index) implements Expr {
        public Object eval(IContext context) {
            if (target.eval(context) instanceof List<?> list && index.eval(context) instanceof Integer i
                    && i >= 0 && i < list.size()) {
                return list.get(i);
            }
            throw Fallback.INSTANCE;
        }
    }

    /** A list literal ({@code {a, b}}): a new {@link ArrayList}, as OGNL makes. */
    record ListOf(List<Expr> elements) implements Expr {
        public Object eval(IContext context) {
            List<Object> list = new ArrayList<>(elements.size());
            for (Expr element : elements) {
                list.add(element.eval(context));
            }
            return list;
        }
    }

    /** {@code !a}, {@code not a}. */
    record Not(Expr operand) implements Expr {
        public Object eval(IContext context) {
            return OgnlOps.booleanValue(operand.eval(context)) ? Boolean.FALSE : Boolean.TRUE;
        }
    }

    /** {@code a and b} and {@code a or b}: as in OGNL, the value of the operand that decided, not a boolean. */
    record Logical(boolean and, Expr left, Expr right) implements Expr {
        public Object eval(IContext context) {
            Object first = left.eval(context);
            return OgnlOps.booleanValue(first) == and ? right.eval(context) : first;
        }
    }

    /** {@code test ? a : b}. */
    record Conditional(Expr test, Expr then, Expr otherwise) implements Expr {
        public Object eval(IContext context) {
            return OgnlOps.booleanValue(test.eval(context)) ? then.eval(context) : otherwise.eval(context);
        }
    }

    /** The binary operators {@code + == != < > <= >=}. */
    record Binary(String operator, Expr left, Expr right) implements Expr {
        public Object eval(IContext context) {
            Object a = left.eval(context);
            Object b = right.eval(context);
            return switch (operator) {
                case "+" -> OgnlOps.add(a, b);
                case "==" -> OgnlOps.equal(a, b);
                case "!=" -> !OgnlOps.equal(a, b);
                case "<" -> OgnlOps.less(a, b);
                case ">" -> OgnlOps.greater(a, b);
                case "<=" -> !OgnlOps.greater(a, b);
                case ">=" -> !OgnlOps.less(a, b);
                default -> throw Fallback.INSTANCE;
            };
        }
    }
}
