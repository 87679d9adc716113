package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineMarkdownTest {

    private final InlineMarkdown md = new InlineMarkdown();

    @Test
    void aTextIsRenderedOncePerInstanceWithTheSameResult() {
        String summary = "Joined **the lab** <b>now</b>";
        String first = md.inline(summary);
        assertEquals("Joined <strong>the lab</strong> &lt;b&gt;now&lt;/b&gt;", first);
        org.junit.jupiter.api.Assertions.assertSame(first, md.inline(new String(summary)));
        assertEquals("", md.inline(null));
    }

    @Test
    void rendersTheSubset() {
        assertEquals("<em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong> <code>e</code>",
                md.inline("*a* _b_ **c** __d__ `e`"));
        assertEquals("<strong>bold <em>and</em> more</strong>", md.inline("**bold *and* more**"));
        assertEquals("<em>an <strong>x</strong> y</em>", md.inline("*an **x** y*"));
        assertEquals("<a href=\"https://x.org/a_(b)\" rel=\"noopener noreferrer\">x <em>y</em></a>",
                md.inline("[x *y*](https://x.org/a_(b))"));
        assertEquals("<a href=\"cv.html\">CV</a>", md.inline("[CV](cv.html)"));
    }

    @Test
    void escapesEverythingElse() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                md.inline("<script>alert('x')</script> & \"q\""));
        assertEquals("<code>&lt;b&gt;</code>", md.inline("`<b>`"));
        assertEquals("<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\">q</a>",
                md.inline("[q](https://x.org/?a=1&b=\"2\")"));
    }

    @Test
    void unsafeLinksKeepOnlyTheirText() {
        assertEquals("click", md.inline("[click](javascript:alert(1))"));
        assertEquals("x", md.inline("[x](data:text/html;base64,PHNjcmlwdD4=)"));
    }

    @Test
    void leavesPlainPunctuationAndSnakeCaseAlone() {
        assertEquals("snake_case_name and 2 * 3 = 6, a*", md.inline("snake_case_name and 2 * 3 = 6, a*"));
        assertEquals("*literal*", md.inline("\\*literal\\*"));
        assertEquals("20-30% higher", md.inline("20-30% higher"));
        assertEquals("", md.inline(null));
    }
}
