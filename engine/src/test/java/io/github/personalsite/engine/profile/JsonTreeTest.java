package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personalsite.engine.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JsonTree} and {@link RecordBinder} against Jackson's ObjectMapper, which they stand in for: on
 * every profile of the test resources, the sample, and thousands of mutants of it, the same tree and the
 * same records, or the same error.
 */
class JsonTreeTest {

    /** Configured as ProfileLoader's ObjectMapper was before JsonTree. */
    private static final ObjectMapper JACKSON = JsonTree.Mapper.MAPPER;

    @TempDir
    Path dir;

    private List<String> profiles() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(TestSites.sampleProfile(dir), StandardCharsets.UTF_8));
        for (String folder : List.of("profiles", "bad-profiles", "tolerated-profiles", "jsonresume")) {
            try (Stream<Path> files = Files.walk(TestSites.resource(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        Random random = new Random(20261129L);
        String sample = texts.get(0);
        for (int i = 0; i < 3000; i++) {
            texts.add(MutationTest.mutate(sample, random));
        }
        texts.addAll(List.of("", "  ", "{}", "[]", "\"text\"", "42", "{\"a\": 1} {}", "{\"a\": 1, \"a\": 2}",
                "{\"n\": 2147483648}", "[-9223372036854775808, 7]", "{\"b\": 9223372036854775808}", "{\"x\": 1.0}",
                "{\"x\": 1e3}", "// comment\n{\"a\": /* here */ [true, false, null]}", "{\"a\": \"\\u00e9\\n\"}"));
        return texts;
    }

    @Test
    void readsEveryTextAsObjectMapperDoes() throws IOException {
        int fast = 0;
        for (String text : profiles()) {
            assertEquals(outcome(() -> JACKSON.readTree(text)), outcome(() -> JsonTree.read(text)), text);
            JsonNode tree = JsonTree.fast(text);
            if (tree != null) {
                assertEquals(JACKSON.readTree(text), tree, text);
                fast++;
            }
        }
        assertTrue(fast > 500, "most readable texts take the fast path: " + fast);
    }

    @Test
    void bindsEveryTreeAsJacksonDoes() throws IOException {
        int fast = 0;
        for (String text : profiles()) {
            JsonNode tree = JsonTree.fast(text);
            if (tree == null) {
                continue;
            }
            assertEquals(outcome(() -> JACKSON.treeToValue(tree, Profile.class)), outcome(() -> RecordBinder.bind(tree)), text);
            Profile profile = RecordBinder.fast(tree);
            if (profile != null) {
                assertEquals(JACKSON.treeToValue(tree, Profile.class), profile, text);
                fast++;
            }
        }
        assertTrue(fast > 500, "most bindable trees take the fast path: " + fast);
    }

    @Test
    void theSampleAndTheFixturesTakeTheFastPath() throws IOException {
        for (String name : List.of("profiles/all-sections.json", "profiles/minimal.json", "profiles/html-in-strings.json")) {
            String text = Files.readString(TestSites.resource(name), StandardCharsets.UTF_8);
            assertNotNull(RecordBinder.fast(JsonTree.fast(text)), name);
        }
        String sample = Files.readString(TestSites.sampleProfile(dir), StandardCharsets.UTF_8);
        assertEquals("Zhuofu Chen", RecordBinder.fast(JsonTree.fast(sample)).basics().name());
    }

    @Test
    void leavesWhatItDoesNotReadToObjectMapper() {
        for (String text : List.of("", "{\"a\": 1, \"a\": 2}", "{\"x\": 1.5}", "{} []", "{\"a\": 9223372036854775808}", "{")) {
            assertNull(JsonTree.fast(text), text);
        }
        assertNull(RecordBinder.fast(JsonTree.fast("{\"basics\": {\"name\": 42}}")), "Jackson turns a number into text");
        assertNull(RecordBinder.fast(JsonTree.fast("{\"meta\": {\"site\": {\"postsPerPage\": \"5\"}}}")), "and text into a number");
        assertEquals("42", assertThrowsNothing(() -> RecordBinder.bind(JsonTree.fast("{\"basics\": {\"name\": 42}}"))).basics().name());
    }

    private interface Call<T> {
        T call() throws IOException;
    }

    private static <T> T assertThrowsNothing(Call<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The value, or the exception's class, message and position: what a build reports. */
    private static Object outcome(Call<?> call) {
        try {
            return call.call();
        } catch (JsonProcessingException e) {
            return e.getClass().getName() + ": " + e.getOriginalMessage() + " at " + (e.getLocation() == null ? null
                    : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr());
        } catch (IOException e) {
            return e.toString();
        }
    }
}
