package io.github.personalsite.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/troubleshooting.md lists every message the build can print, with its fix. */
class TroubleshootingDocTest {

    private static final Path DOC = Path.of("..", "docs", "troubleshooting.md");

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void everyMessageAndItsFixAreDocumented(ProblemKind kind) throws Exception {
        String doc = Files.readString(DOC);
        String message = "`" + kind.messageTemplate().replace("%s", "…") + "`";
        assertTrue(doc.contains(message), "docs/troubleshooting.md lacks " + message);
        if (!kind.hintTemplate().equals("%s")) {
            String hint = kind.hintTemplate().replace("%s", "…");
            assertTrue(doc.contains(hint), "docs/troubleshooting.md lacks the fix of " + kind + ": " + hint);
        }
    }
}
