package io.github.personalsite.engine.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlainFrontMatterTest {

    /** Values of every shape YAML treats specially, and plain ones. */
    private static final List<String> VALUES = List.of("Hello", "Hello world", "It's here", "He said \"hi\"",
            "C#", "a # b", "a: b", "a:b", "http://example.org/x?y=1&z=2", "https://x.org/#frag", "true", "false",
            "True", "TRUE", "yes", "No", "on", "OFF", "y", "n", "null", "Null", "~", "", " ", "123", "1.5", "1e3",
            "0x1F", "0o17", "+1", "-1", ".5", ".inf", ".NaN", "NaN", "2024-03-01", "2024-3-1",
            "2024-03-01T10:00:00Z", "2024-03-01 10:00", "10:30", "1:2:3", "-", "- a", "? a", "[a, b]", "[]", "[ ]",
            "[a,b]", "[a, 1]", "[a, true]", "[a, null]", "[a, 'b']", "[a, \"b\"]", "[a b, c d]", "[a, b,]", "[,a]",
            "[a, [b]]", "[a:b]", "[a, b] x", "[2024-01-02, x]", "[It's, x]", "{a: b}", "'single'", "'it''s'", "''",
            "\"double\"", "\"esc\\n\"", "\"\"", "\"a\" x", "'a' x", "\"a'b\"", "'a\"b'", "&anchor x", "*alias",
            "!tag x", "|", ">", "%x", "@x", "`x`", "x`y", "a, b, c", "Über", "日本語", "emoji 😀", "\u00a0nbsp",
            "a\u00a0b", "tab\there", "x\u2028y", "x\u0085y", "x\uFEFFy", "trailing   ", "a ,b", "a?b", "a!b", "a|b",
            "a>b", "a{b}", "a[b]", "100%", "#x", "x #", "x#", "...", "---", "a ... b", "a --- b", "a - b",
            "Joined the Systems Group – ETH Zürich", "v1.0: released", "a\\b", "\"a\\\"b\"");

    private static final List<String> KEYS = List.of("title", "draft", "x-y", "_k", "k2", "Title", "9k", "a b",
            "-k", "k.k", "\"k\"");

    @Test
    void givesTheYamlParsersTreeForEveryLineItAccepts() throws IOException {
        List<String> docs = new ArrayList<>();
        for (String key : KEYS) {
            for (String value : VALUES) {
                docs.add(key + ": " + value);
                docs.add(key + ":" + value);
                docs.add(key + ":  " + value + "  ");
            }
        }
        for (String value : VALUES) {
            docs.add("title: " + value + "\ndate: 2024-05-01\ntags: [a, b]");
            docs.add("# a comment\n\ntitle: " + value + "\n");
            docs.add("title: x\ntitle: " + value);
            docs.add("tags:\n  - " + value);
            docs.add("title: " + value + "\n  more: x");
            docs.add("title: " + value + " # note");
            docs.add(value);
        }
        docs.addAll(List.of("", "\n\n", "# only a comment", "  # indented comment", "title:", "title:\ndate:",
                "title: a\n...", "title: a\n---\nb: c", "title: a\r\ndate: b", "\ttitle: a", "title: a\t"));
        int accepted = 0;
        for (String doc : docs) {
            JsonNode plain = PlainFrontMatter.parse(doc);
            if (plain == null) {
                continue;
            }
            accepted++;
            JsonNode yaml;
            try {
                yaml = PostLoader.Yaml.MAPPER.readTree(doc);
            } catch (IOException e) {
                fail("accepted what YAML refuses: " + doc.replace("\n", "\\n") + " (" + e.getMessage() + ")");
                return;
            }
            JsonNode expected = yaml == null || yaml.isMissingNode() ? PostLoader.Yaml.MAPPER.createObjectNode() : yaml;
            assertEquals(expected, plain, "for " + doc.replace("\n", "\\n"));
        }
        // the comparison above is worth something only if many lines were accepted
        assertEquals(true, accepted > 300, "accepted " + accepted + " of " + docs.size());
    }

    @Test
    void readsFrontMatterAsPostsUsuallyWriteIt() {
        JsonNode tree = PlainFrontMatter.parse("""
                title: "Best paper award at EuroSys: what we learned"
                date: 2024-04-25
                tags: [award, research, systems]
                summary: Our paper on *deterministic replay* won the best paper award.
                draft: false
                image: images/award.jpg
                external_url: https://news.example.org/award?id=7""");
        assertNotNull(tree);
        assertEquals("Best paper award at EuroSys: what we learned", tree.get("title").textValue());
        assertEquals("2024-04-25", tree.get("date").textValue());
        assertEquals(List.of("award", "research", "systems"),
                Stream.of(tree.get("tags").get(0), tree.get("tags").get(1), tree.get("tags").get(2))
                        .map(JsonNode::textValue).toList());
        assertEquals(false, tree.get("draft").booleanValue());
        assertEquals("https://news.example.org/award?id=7", tree.get("external_url").textValue());
    }

    @Test
    void leavesBlockListsEscapesAndNumbersToTheYamlParser() {
        assertNull(PlainFrontMatter.parse("title: x\ntags:\n  - a\n  - b"));
        assertNull(PlainFrontMatter.parse("title: \"line\\nbreak\""));
        assertNull(PlainFrontMatter.parse("title: 42"));
        assertNull(PlainFrontMatter.parse("title: a: b"));
        assertNull(PlainFrontMatter.parse("title: a\ntitle: b"));
    }

    @Test
    void readsTheSampleProjectsPostsWithoutTheYamlParser() throws IOException {
        Path posts = Path.of("../sample-profile/content/posts");
        try (Stream<Path> files = Files.list(posts)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".md")).toList();
            assertEquals(true, all.size() >= 3, "sample posts: " + all);
            for (Path file : all) {
                String text = Files.readString(file);
                String front = text.substring(text.indexOf('\n') + 1, text.indexOf("\n---", 3));
                assertNotNull(PlainFrontMatter.parse(front), file + " goes to the YAML parser");
                assertEquals(PostLoader.Yaml.MAPPER.readTree(front), PlainFrontMatter.parse(front), file.toString());
            }
        }
    }
}
