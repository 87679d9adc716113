package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the sample profile thousands of times with a seeded generator (the same mutations every
 * run): the build always ends in a site or in a BuildException with problems, never anything else.
 */
class MutationTest {

    private static final long SEED = 20261128L;
    private static final int MUTATIONS = 3000;
    private static final String[] FRAGMENTS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-1", "1e999",
        "0.5", "\"\"", "[]", "{}", "\n", "\t", "\u0000", "//", "/*", "é", "😀", "\uFEFF", "javascript:", "\"2024-13\"",
        "\"endDate\": \"2020\"", "\"basics\": []", "\"work\": {}", "<script>", "&#58;", "\"linesOfCode\": \"x\""};

    @Test
    void everyMutationEndsInASiteOrAClearError(@TempDir Path dir) throws Exception {
        Path sample = TestSites.sampleProfile(dir);
        String original = Files.readString(sample, StandardCharsets.UTF_8);
        Random random = new Random(SEED);
        Path file = dir.resolve("mutant.json");
        int sites = 0;
        int errors = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String mutant = mutate(original, random);
            Files.writeString(file, mutant, StandardCharsets.UTF_8);
            try {
                TestSites.build(file, dir.resolve("public"));
                sites++;
            } catch (BuildException e) {
                assertTrue(!e.errors().isEmpty() && !e.getMessage().isBlank(), "an error with a message");
                errors++;
            } catch (RuntimeException | Error e) {
                fail("mutation " + i + " (seed " + SEED + ") ended in " + e + "\n--- profile ---\n" + mutant, e);
            }
        }
        assertTrue(sites > 100 && errors > 100, "both outcomes were exercised: " + sites + " sites, " + errors + " errors");
    }

    /** One to three random edits of {@code text}: deletions, inserted JSON fragments, changed characters, values. */
    static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(20)));
                case 1 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> s.setCharAt(at, (char) random.nextInt(0x3000));
                case 3 -> replaceAValue(s, at, random);
                default -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(60));
                    s.insert(random.nextInt(s.length()), s.substring(at, end));
                }
            }
        }
        return s.toString();
    }

    /** Replaces the string value after position {@code at} with another kind of value. */
    private static void replaceAValue(StringBuilder s, int at, Random random) {
        int colon = s.indexOf(": \"", at);
        if (colon < 0) {
            return;
        }
        int end = s.indexOf("\"", colon + 3);
        if (end < 0) {
            return;
        }
        String[] values = {"42", "[]", "{}", "null", "false", "\"\"", "\"Present\"", "[\"a\", 1]", "{\"x\": [1]}", "-3.5"};
        s.replace(colon + 2, end + 1, values[random.nextInt(values.length)]);
    }
}
