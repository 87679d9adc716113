package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", "http://example.org/a?b=1&c=2", "mailto:a@b.org", "tel:+15550100",
            "cv.html", "images/me.jpg", "../up.html", "#section", "/abs/path", "path/with:colon"})
    void allowsWebMailPhoneAndRelativeLinks(String url) {
        assertTrue(SafeUrl.isSafe(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:x", "\u0000javascript:x", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)",
            "javascript&#58;alert(1)", "&#106;avascript:alert(1)", "file:///etc/passwd", "ftp://x.org/", ":nothing", ""})
    void refusesEverythingElseIncludingObfuscatedSchemes(String url) {
        assertFalse(SafeUrl.isSafe(url), url);
    }
}
