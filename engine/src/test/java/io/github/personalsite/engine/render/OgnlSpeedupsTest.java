package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.content.Post;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ognl.OgnlRuntime;
import ognl.enhance.ExpressionCompiler;
import org.junit.jupiter.api.Test;

/** The two shortcuts PageRenderer gives OGNL answer exactly as OGNL does, only sooner. */
class OgnlSpeedupsTest {

    static {
        new PageRenderer(null); // registers them
    }

    /** An OGNL context that allows every public member, as Thymeleaf's does for the engine's types. */
    private static ognl.OgnlContext context() {
        ognl.MemberAccess all = new ognl.AbstractMemberAccess() {
            @Override
            public boolean isAccessible(Map context, Object target, java.lang.reflect.Member member, String name) {
                return java.lang.reflect.Modifier.isPublic(member.getModifiers());
            }
        };
        return (ognl.OgnlContext) ognl.Ognl.createDefaultContext(null, all);
    }

    @Test
    void theCachedInterfaceClassIsOgnlsOwn() {
        ExpressionCompiler ognl = new ExpressionCompiler();
        for (Class<?> type : List.of(ArrayList.class, HashMap.class, String.class, Post.class, Format.class,
                org.thymeleaf.context.Context.class, int.class, int[].class)) {
            assertSame(ognl.getInterfaceClass(type), OgnlRuntime.getCompiler().getInterfaceClass(type), type.getName());
        }
        assertNull(OgnlRuntime.getCompiler().getInterfaceClass(null));
    }

    @Test
    void ownMethodsAreCalledDirectlyWithTheSameResult() throws Exception {
        Format fmt = new Format(Locale.ENGLISH);
        LocalDate day = LocalDate.of(2024, 5, 17);
        assertNotNull(KnownMethodAccessor.only(Format.class, "day", new Object[] {day}));
        assertEquals(fmt.day(day), OgnlRuntime.callMethod(context(), fmt, "day",
                new Object[] {day}));

        Post post = new Post("content/posts/a.md", "a", "A", day, null, List.of(), null, false, null, null, "", "", 440, 0);
        assertEquals("posts/a.html", OgnlRuntime.callMethod(context(), post, "path",
                new Object[0]));
        assertEquals(2, OgnlRuntime.callMethod(context(), post, "readingMinutes",
                new Object[0]));
    }

    @Test
    void argumentsThatDoNotFitAndOtherTypesGoToOgnl() throws Exception {
        assertNull(KnownMethodAccessor.only(Format.class, "day", new Object[] {"2024-05-17"}), "a String for a LocalDate");
        assertNull(KnownMethodAccessor.only(Format.class, "day", new Object[0]), "another arity");
        assertNull(KnownMethodAccessor.only(Format.class, "nope", new Object[0]));
        assertEquals(true, OgnlRuntime.callMethod(context(), "", "isEmpty", new Object[0]));
        Format fmt = new Format(Locale.ENGLISH);
        Object[] wrong = {42};
        Exception ognls = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> new ognl.ObjectMethodAccessor().callMethod(context(), fmt, "day", wrong));
        Exception ours = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> OgnlRuntime.callMethod(context(), fmt, "day", wrong));
        assertEquals(ognls.getClass(), ours.getClass(), "the same error as OGNL's");
    }

    @Test
    void sizesOfStringsCollectionsAndMapsAreAnsweredAsOgnlAnswersThem() throws Exception {
        List<Object> targets = List.of("", "ab", List.of(), List.of(1, 2), new ArrayList<>(List.of(3)),
                java.util.Set.of(1), Map.of(), new HashMap<>(Map.of(1, 2)));
        for (Object target : targets) {
            for (String name : List.of("isEmpty", "size", "length")) {
                Object ognls;
                try {
                    ognls = new ognl.ObjectMethodAccessor().callMethod(context(), target, name, new Object[0]);
                } catch (Exception e) {
                    assertNull(KnownMethodAccessor.size(target, name), name + " of " + target.getClass());
                    continue;
                }
                assertEquals(ognls, KnownMethodAccessor.size(target, name), name + " of " + target.getClass());
                assertEquals(ognls, OgnlRuntime.callMethod(context(), target, name, new Object[0]));
            }
        }
        assertTrue(OgnlRuntime.getMethodAccessor(List.of(1, 2).getClass()) instanceof KnownMethodAccessor);
        assertTrue(OgnlRuntime.getMethodAccessor(String.class) instanceof KnownMethodAccessor);
    }

    @Test
    void otherMethodsOfStringsAndCollectionsStillGoToOgnl() throws Exception {
        assertNull(KnownMethodAccessor.size("ab", "toUpperCase"));
        assertEquals("AB", OgnlRuntime.callMethod(context(), "ab", "toUpperCase", new Object[0]));
        assertEquals(true, OgnlRuntime.callMethod(context(), List.of(1, 2), "contains", new Object[] {2}));
        assertEquals(1, OgnlRuntime.callMethod(context(), List.of("a", "b"), "indexOf", new Object[] {"b"}));
    }
}
