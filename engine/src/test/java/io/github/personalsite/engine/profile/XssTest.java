package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;
import io.github.personalsite.engine.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Script payloads in every string field of the format (found by walking the schema, so a new field is
 * covered the day it is added) never come out live, and every link field refuses script URLs.
 */
class XssTest {

    private static final String PAYLOAD = "\"><script>alert(1)</script><img src=x onerror=alert(2)>"
            + "<a href=\"javascript:alert(3)\">a</a><svg onload=alert(4)><iframe src=\"javascript:alert(5)\"></iframe>"
            + " [md](javascript:alert(6)) [md2](  JaVaScRiPt:alert(7)) **<b onclick=alert(8)>x</b>**";
    private static final List<String> SCRIPT_URLS = List.of("javascript:alert(1)", " JAVASCRIPT:alert(1)",
            "java\tscript:alert(1)", "javascript&#x3a;alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void payloadsInEveryTextFieldAreShownAsTextOnEveryPage() throws Exception {
        List<String> textFields = new ArrayList<>();
        JsonNode profile = fill(SchemaValidator.SCHEMA, "", textFields, "https://example.org/?q='onmouseover='alert(9)'&x=1");
        assertTrue(textFields.size() > 60, "the walk found the format's text fields: " + textFields);
        Path file = dir.resolve("profile.json");
        Files.writeString(file, JSON.writeValueAsString(profile));

        Path site = TestSites.build(file, dir.resolve("public")).outputDir();

        try (Stream<Path> pages = Files.list(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertNothingLive(TestSites.page(site, page.getFileName().toString()), page.getFileName().toString());
            }
        }
        Document home = TestSites.page(site, "index.html");
        assertTrue(home.selectFirst("h1").text().contains("<script>alert(1)</script>"), "shown as text");
    }

    @Test
    void everyLinkFieldRefusesScriptUrlsNamingTheField() throws Exception {
        for (String url : SCRIPT_URLS) {
            List<String> linkFields = new ArrayList<>();
            JsonNode profile = fill(SchemaValidator.SCHEMA, "", new ArrayList<>(), url, linkFields);
            Path file = dir.resolve("profile.json");
            Files.writeString(file, JSON.writeValueAsString(profile));

            BuildException e = assertThrows(BuildException.class, () -> TestSites.build(file, dir.resolve("public")));

            List<String> refused = e.errors().stream().filter(p -> p.kind() == ProblemKind.UNSAFE_LINK)
                    .map(Problem::pointer).sorted().toList();
            assertEquals(linkFields.stream().sorted().toList(), refused, url);
            assertTrue(linkFields.size() >= 10, linkFields.toString());
        }
    }

    private static void assertNothingLive(Document doc, String page) {
        assertTrue(doc.select("script:not([src$=js/theme.js]):not([type=application/ld+json]), iframe,"
                + " svg:not(.icon), object, embed, b").isEmpty(), page + ": injected element");
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), page + ": event handler " + element);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:text"), page + ": script URL in " + element);
            }
        }
    }

    private static JsonNode fill(JsonNode schema, String pointer, List<String> textFields, String url) {
        return fill(schema, pointer, textFields, url, new ArrayList<>());
    }

    /** A value for every property of the schema: the payload in text, {@code url} in links, valid elsewhere. */
    private static JsonNode fill(JsonNode schema, String pointer, List<String> textFields, String url,
                                 List<String> linkFields) {
        String ref = schema.path("$ref").asText("");
        JsonNode s = ref.isEmpty() ? schema : SchemaValidator.SCHEMA.at(ref.substring(1));
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (s.path("type").asText()) {
            case "object" -> {
                ObjectNode object = f.objectNode();
                s.path("properties").fields().forEachRemaining(p -> {
                    if (!p.getKey().equals("$schema")) {
                        object.set(p.getKey(), fill(p.getValue(), pointer + "/" + p.getKey(), textFields, url, linkFields));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = f.arrayNode();
                array.add(fill(s.path("items"), pointer + "/0", textFields, url, linkFields));
                return array;
            }
            case "integer" -> {
                return f.numberNode(1234);
            }
            case "boolean" -> {
                return f.booleanNode(true);
            }
            default -> {
                return switch (ref) {
                    case "#/$defs/date" -> f.textNode("2020-01");
                    case "#/$defs/url" -> {
                        linkFields.add(pointer);
                        yield f.textNode(url);
                    }
                    case "#/$defs/email" -> f.textNode("ada@example.org");
                    case "#/$defs/colour" -> f.textNode("#123456");
                    case "#/$defs/languageTag" -> f.textNode("en");
                    case "#/$defs/siteUrl" -> f.textNode("https://ada.example.org/");
                    default -> {
                        textFields.add(pointer);
                        yield f.textNode(PAYLOAD);
                    }
                };
            }
        }
    }
}
