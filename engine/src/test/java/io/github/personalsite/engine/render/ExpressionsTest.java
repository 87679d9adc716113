package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.content.Post;
import io.github.personalsite.engine.profile.NavItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.VariableExpression;

/** Expressions evaluates every expression exactly as Thymeleaf's OGNL evaluator does. */
class ExpressionsTest {

    static {
        new PageRenderer(null); // the accessors the renderer gives OGNL, as in a build
    }

    private static final TemplateEngine ENGINE = new TemplateEngine();
    private static final IStandardVariableExpressionEvaluator OGNL = new OGNLVariableExpressionEvaluator(true);
    private final Expressions ours = new Expressions();

    private static IExpressionContext context() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("s0", "");
        vars.put("s1", "ab");
        vars.put("sf", "false");
        vars.put("st", "true");
        vars.put("sn", "12");
        vars.put("i0", 0);
        vars.put("i1", 1);
        vars.put("i2", 2);
        vars.put("l1", 1L);
        vars.put("d1", 1.5);
        vars.put("b0", false);
        vars.put("b1", true);
        vars.put("ch", 'c');
        vars.put("empty", List.of());
        vars.put("nums", List.of(1, 2));
        vars.put("strs", new ArrayList<>(List.of("a", "b")));
        vars.put("map", Map.of("k", "v"));
        vars.put("post", new Post("content/posts/a.md", "a", "A title", LocalDate.of(2024, 5, 17), null,
                List.of("x", "y"), null, false, null, null, "<p>Body.</p>", "Body.", 440, 0));
        vars.put("item", new NavItem("CV", "cv.html"));
        vars.put("fmt", new Format(Locale.ENGLISH));
        vars.put("tags", new TagSlugs());
        return new EngineContext(ENGINE.getConfiguration(), null, Map.of(), Locale.ENGLISH, vars);
    }

    private static final List<String> ATOMS = List.of("s0", "s1", "sf", "st", "sn", "i0", "i1", "l1", "d1", "b0",
            "b1", "ch", "nothing", "empty", "nums", "map", "post", "'ab'", "''", "'a'", "1", "0", "12", "true", "false",
            "null", "1.5", "post.title", "post.tags", "post.updated", "post.tags.isEmpty()", "post.readingMinutes()",
            "post.path()", "post.nope", "post.html", "item.href", "fmt.day(post.date)", "fmt.day('2024-05-17')",
            "fmt.day(null)", "tags.path(s1)", "nums[1]", "nums[5]", "strs[i0]", "map.k", "map.size()", "s1.length()",
            "s1.toUpperCase()", "nothing.x", "nothing.isEmpty()", "empty.isEmpty()", "nums.size()", "{s1, i1}",
            "{}", "(i1)", "012", "00", "#strings.isEmpty(s1)", "@java.lang.Math@max(1, 2)", "-i1", "param");

    private static final List<String> OPERATORS = List.of(" + ", " == ", " != ", " < ", " > ", " <= ", " >= ",
            " and ", " or ", " && ", " || ");

    /** Atoms alone, negated, paired by every operator, and a few shapes that test precedence. */
    private static List<String> expressions() {
        Set<String> all = new LinkedHashSet<>(ATOMS);
        for (String a : ATOMS) {
            all.add("!" + a);
            all.add("not " + a);
            all.add(a + " ? 'yes' : 'no'");
            for (String b : ATOMS) {
                for (String op : OPERATORS) {
                    all.add(a + op + b);
                }
            }
        }
        all.addAll(List.of("i1 + i1 == i2", "i1 == i1 and s0", "b0 or b1 and b0", "!b0 == b1", "s1 + i1 + i1",
                "i1 + i1 + s1", "b0 ? 1 : b1 ? 2 : 3", "(b0 ? 1 : 2) + 1", "post.tags.isEmpty() ? 'none' : post.tags[0]",
                "fmt.external(item.href) ? 'noopener' : null", "post.updated != null or (b1 and post.summary == null)",
                "post.readingMinutes() == 1 ? '1 min read' : post.readingMinutes() + ' min read'", "i1 eq i1",
                "s1.{length()}", "nums.{? #this > 1}", "nums[0] + nums[1]", "post . title", "  s1  ", "s1 +", "(s1",
                "10000000000", "i1 - 1", "b1 == i1 < i2", "i1 < i2 == b1", "i2 == i1 < i2", "i0 == i1 < i0", "'abab' == s1 + s1", "s1 + s1 == 'abab'",
                "b0 and b1 or b1", "b1 or b1 and b0", "!b1 and b0", "b1 ? i1 : i2 + i2", "b0 ? i1 : b0 ? i2 : i1 + i2",
                "i2 > i1 and i1 > i2 or i0 < i1", "!(b0 or b1)", "not b0 == b0", "'it\\'s'", "\"ab\"", "i1 ! = i1", "s1 === s1", "#this", "post.html()"));
        return new ArrayList<>(all);
    }

    private record Outcome(Object value, String error) {
    }

    private static Outcome run(IStandardVariableExpressionEvaluator evaluator, String text,
                               StandardExpressionExecutionContext exp) {
        return run(evaluator, text, exp, context());
    }

    private static Outcome run(IStandardVariableExpressionEvaluator evaluator, String text,
                               StandardExpressionExecutionContext exp, IExpressionContext context) {
        try {
            return new Outcome(evaluator.evaluate(context, new VariableExpression(text), exp), null);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            // The first error of an expression comes wrapped once more (OGNL's evaluator retries it without its
            // shortcut), and a JIT-compiled throw may lose its message: the message and the first cause's type
            // are what tell an error.
            return new Outcome(null, e.getClass().getName() + ": " + e.getMessage() + " / " + cause.getClass().getName());
        }
    }

    @Test
    void everyExpressionHasOgnlsValueOrOgnlsError() {
        List<String> expressions = expressions();
        int parsed = 0;
        for (StandardExpressionExecutionContext exp : List.of(StandardExpressionExecutionContext.NORMAL,
                StandardExpressionExecutionContext.RESTRICTED, StandardExpressionExecutionContext.NORMAL.withTypeConversion())) {
            for (String text : expressions) {
                IExpressionContext context = context();
                Outcome expected = run(OGNL, text, exp, context);
                Outcome actual = run(ours, text, exp, context);
                assertEquals(expected.error(), actual.error(), text);
                assertEquals(expected.value(), actual.value(), text);
                assertEquals(expected.value() == null ? null : expected.value().getClass(),
                        actual.value() == null ? null : actual.value().getClass(), text);
                if (exp == StandardExpressionExecutionContext.NORMAL && ExpressionParser.parse(text) != null) {
                    parsed++;
                }
            }
        }
        assertTrue(expressions.size() > 30_000, expressions.size() + " expressions");
        assertTrue(parsed > expressions.size() / 2, "most take the fast way: " + parsed + " of " + expressions.size());
    }

    @Test
    void whatOgnlReadsDifferentlyIsLeftToOgnl() {
        for (String text : List.of("1.5", "10000000000", "1L", "i1 - 1", "#strings.isEmpty(s1)",
                "@java.lang.Math@max(1, 2)", "new java.util.Date()", "nums.{length()}", "#this", "s1 eq s1",
                "'it\\'s'", "\"ab\"", "post.tags[0", "f(1)", "a.in", "in", "x =  1", "a,b")) {
            assertNull(ExpressionParser.parse(text), text);
        }
        assertNotNull(ExpressionParser.parse("post.readingMinutes() == 1 ? '1 min read' : post.readingMinutes() + ' min read'"));
    }

    @Test
    void outsideATemplateOgnlEvaluates() {
        IExpressionContext bare = new org.thymeleaf.context.ExpressionContext(ENGINE.getConfiguration(), Locale.ENGLISH,
                Map.of("s1", "ab"));
        for (String text : List.of("s1", "s1 + 'c'", "'c'")) {
            assertEquals(run(OGNL, text, StandardExpressionExecutionContext.NORMAL, bare),
                    run(ours, text, StandardExpressionExecutionContext.NORMAL, bare), text);
        }
    }

    @Test
    void aRestrictedExpressionThatNamesParamIsLeftToOgnl() {
        Outcome expected = run(OGNL, "param", StandardExpressionExecutionContext.RESTRICTED);
        Outcome actual = run(ours, "param", StandardExpressionExecutionContext.RESTRICTED);
        assertNotNull(expected.error());
        assertEquals(expected, actual);
    }

    /** Every page of the default theme, for a profile with every section and posts of every kind, without OGNL. */
    @Test
    void theDefaultThemeRendersWithoutOgnl(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<Post> posts = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            posts.add(new Post("content/posts/p" + n + ".md", "p" + n, "Post " + n, LocalDate.of(2024, 1, n),
                    n % 3 == 0 ? LocalDate.of(2024, 2, n) : null, n % 2 == 0 ? List.of("a", "b") : List.of(),
                    n % 4 == 0 ? "A *summary*." : null, false, null, n % 5 == 0 ? "https://news.example.org/" + n : null,
                    "<p>Body " + n + ".</p>", n % 7 == 0 ? "" : "Body " + n + ".", 40 * n, 0));
        }
        for (java.nio.file.Path file : List.of(io.github.personalsite.engine.TestSites.sampleProfile(dir),
                io.github.personalsite.engine.TestSites.resource("profiles/all-sections.json"))) {
            io.github.personalsite.engine.profile.Profile profile =
                    io.github.personalsite.engine.profile.ProfileLoader.load(file, "profile.json").profile();
            PageRenderer renderer = new PageRenderer(null);
            for (String url : java.util.Arrays.asList("https://example.org/", null)) {
                Map<String, byte[]> pages = renderer.render(SiteModel.of(profile, url, posts));
                assertTrue(pages.containsKey("cv.html") && pages.containsKey("posts/p7.html"), pages.keySet().toString());
            }
            assertEquals(0, renderer.expressionsHandedToOgnl(), file.toString());
        }
    }

    /** The default theme's expressions, from its templates: none needs OGNL, which keeps a build from warming it up. */
    @Test
    void theDefaultThemeNeedsNoOgnl() throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : List.of("layout", "index", "cv", "post", "posts", "tag", "404")) {
            try (InputStream in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(
                    PageRenderer.THEME_TEMPLATES + name + ".html"), name)) {
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (int start = html.indexOf("${"); start >= 0; start = html.indexOf("${", start + 2)) {
                    int depth = 0;
                    int end = start + 1;
                    do {
                        char c = html.charAt(end++);
                        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    } while (depth > 0);
                    found.add(html.substring(start + 2, end - 1));
                }
            }
        }
        assertTrue(found.size() > 100, found.size() + " expressions");
        for (String text : found) {
            assertNotNull(ExpressionParser.parse(text), text);
        }
    }
}
