package io.github.personalsite.engine.render;

import io.github.personalsite.engine.Suggestions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ognl.ExpressionSyntaxException;
import ognl.MethodFailedException;
import ognl.NoSuchPropertyException;
import ognl.OgnlException;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * What a failed template expression did wrong, in the template's words. Thymeleaf says only "Exception
 * evaluating OGNL expression: "post.titel""; the reason is in OGNL's exception below it, in Java's words
 * ({@code io.github.personalsite.engine.content.Post.titel}). This gives
 * {@code ${post.titel}: Post has no property "titel"; did you mean "title"?}.
 */
final class TemplateErrors {

    private static final Pattern OGNL = Pattern.compile("Exception evaluating OGNL expression: \"(.*)\"", Pattern.DOTALL);
    private static final Pattern NULL_PROPERTY = Pattern.compile("source is null for getProperty\\(null, \"(.*)\"\\)");
    private static final Pattern NULL_METHOD = Pattern.compile("target is null for method (.*)");
    private static final Pattern CONVERSION = Pattern.compile("Unable to convert type (\\S+) of (.*) to type of (\\S+)", Pattern.DOTALL);
    private static final Pattern PARSE_POSITION = Pattern.compile(" at line 1, column (\\d+)\\.?$");
    private static final String NULL_HINT = ": the value before it is null (a misspelt variable, or a value the profile"
            + " leaves out: test it with th:if first)";
    /** Lists of names longer than this are left out of messages. */
    private static final int LISTED = 15;

    private TemplateErrors() {
    }

    /** The message of a template error: Thymeleaf's first sentence, or the expression and why it failed. */
    static String message(TemplateProcessingException e) {
        String first = e.getMessage() == null ? "unknown error" : e.getMessage();
        int cut = first.indexOf(" (template:");
        first = cut > 0 ? first.substring(0, cut) : first;
        String reason = reason(e);
        if (reason == null) {
            return first;
        }
        Matcher expression = OGNL.matcher(first);
        return expression.matches() ? "${" + expression.group(1) + "}: " + reason : first + ": " + reason;
    }

    /** The first cause we can put in the template's words, else the message of the deepest cause that has one. */
    private static String reason(Throwable e) {
        String deepest = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String known = known(t);
            if (known != null) {
                return known;
            }
            if (!(t instanceof TemplateProcessingException) && t.getMessage() != null && !t.getMessage().isBlank()) {
                deepest = t.getMessage().lines().findFirst().orElse("").strip();
            }
        }
        return deepest;
    }

    private static String known(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        Matcher m;
        if (t instanceof NoSuchPropertyException && message.lastIndexOf('.') > 0) {
            int dot = message.lastIndexOf('.');
            return property(type(message.substring(0, dot)), message.substring(0, dot), message.substring(dot + 1));
        }
        if (t instanceof MethodFailedException && t.getCause() instanceof NoSuchMethodException missing) {
            return method(missing.getMessage());
        }
        if (t instanceof ExpressionSyntaxException && t.getCause() != null && t.getCause().getMessage() != null) {
            String parser = t.getCause().getMessage().lines().findFirst().orElse("").strip();
            return "not an expression Thymeleaf can read: " + PARSE_POSITION.matcher(parser).replaceFirst(" at character $1");
        }
        if (t instanceof OgnlException && (m = NULL_PROPERTY.matcher(message)).matches()) {
            return "cannot read \"" + m.group(1) + "\" of null" + NULL_HINT;
        }
        if (t instanceof NullPointerException && (m = NULL_METHOD.matcher(message)).matches()) {
            return "cannot call " + m.group(1) + "() on null" + NULL_HINT;
        }
        if (t instanceof IllegalArgumentException && (m = CONVERSION.matcher(message)).matches()) {
            String value = m.group(2).length() > 40 ? m.group(2).substring(0, 39) + "…" : m.group(2);
            return "needs " + article(simple(m.group(3))) + ", not the " + simple(m.group(1)) + " \"" + value + "\"";
        }
        return null;
    }

    /** "Post has no property "titel"; did you mean "title"?", or what it has. */
    private static String property(Class<?> type, String typeName, String name) {
        String has = simple(typeName) + " has no property \"" + name + "\"";
        if (type == null) {
            return has;
        }
        if (methods(type).contains(name)) {
            return has + "; it is a method: call it with its arguments, " + name + "(…)";
        }
        List<String> properties = type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
        return has + suggestion(name, properties);
    }

    /** From "java.lang.String.foo(int)": "String has no method "foo"", with a suggestion. */
    private static String method(String signature) {
        int open = signature == null ? -1 : signature.indexOf('(');
        int dot = open < 0 ? -1 : signature.lastIndexOf('.', open);
        if (dot < 0 || !signature.endsWith(")")) {
            return null;
        }
        String typeName = signature.substring(0, dot);
        String name = signature.substring(dot + 1, open);
        String arguments = Arrays.stream(signature.substring(open + 1, signature.length() - 1).split(","))
                .filter(a -> !a.isBlank()).map(TemplateErrors::simple).reduce((a, b) -> a + ", " + b).orElse("");
        Class<?> type = type(typeName);
        List<String> methods = type == null ? List.of() : methods(type);
        if (methods.contains(name)) {
            return simple(typeName) + "." + name + "() does not take (" + arguments + ")";
        }
        return simple(typeName) + " has no method \"" + name + "\"" + suggestion(name, methods);
    }

    /** "; did you mean "title"?", else "; it has a, b, c" when the list is short, else nothing. */
    private static String suggestion(String name, List<String> known) {
        String otherwise = known.isEmpty() || known.size() > LISTED ? "" : "it has " + String.join(", ", known);
        String suggestion = Suggestions.didYouMean(name, known, otherwise);
        return suggestion.isEmpty() ? "" : "; " + suggestion;
    }

    /** The public methods a template can call, by name, in order. */
    private static List<String> methods(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() != Object.class && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers())) {
                names.add(m.getName());
            }
        }
        return List.copyOf(names);
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name, false, TemplateErrors.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String article(String noun) {
        return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** "java.time.LocalDate" → "LocalDate"; "SiteModel$Page" → "Page". */
    private static String simple(String typeName) {
        String name = typeName.strip();
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
    }
}
