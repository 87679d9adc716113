package io.github.personalsite.engine.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.personalsite.engine.ProblemKind;
import io.github.personalsite.engine.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a profile tree against the format's JSON Schema, the same file editors use: types, required
 * keys, and the value rules of the schema's {@code $defs} (date, url, email, colour, languageTag,
 * siteUrl), which are checked here more strictly than a regular expression can (real calendar dates,
 * links hidden with entities). Unknown keys are warnings with a "did you mean" hint. Walks the whole
 * tree, so one run reports every problem.
 */
final class SchemaValidator {

    static final JsonNode SCHEMA = load();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COLOUR = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    private final Findings findings;

    private SchemaValidator(Findings findings) {
        this.findings = findings;
    }

    static void validate(JsonNode root, Findings findings) {
        new SchemaValidator(findings).walk(root, SCHEMA, "");
    }

    private void walk(JsonNode node, JsonNode schema, String pointer) {
        String ref = schema.path("$ref").asText(null);
        JsonNode s = ref == null ? schema : SCHEMA.at(ref.substring(1));
        String type = s.path("type").asText("");
        if (!Types.matches(node, type)) {
            findings.add(ProblemKind.WRONG_TYPE, pointer, Types.expected(type), Types.found(node));
            return;
        }
        switch (type) {
            case "object" -> object(node, s, pointer);
            case "array" -> {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), s.path("items"), pointer + "/" + i);
                }
            }
            case "string" -> string(node.asText(), ref == null ? "" : ref.substring(ref.lastIndexOf('/') + 1), pointer);
            case "integer" -> integer(node, s, pointer);
            default -> { }
        }
    }

    private void object(JsonNode node, JsonNode schema, String pointer) {
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = pointer + "/" + SourceMap.escape(field.getKey());
            if (properties.has(field.getKey())) {
                walk(field.getValue(), properties.get(field.getKey()), at);
            } else if (!pointer.equals("/meta")) { // JSON Resume leaves meta to other tools too
                findings.add(ProblemKind.UNKNOWN_KEY, at, field.getKey(), suggestion(field.getKey(), properties));
            }
        }
        for (JsonNode required : schema.path("required")) {
            if (!node.has(required.asText())) {
                findings.add(ProblemKind.MISSING_FIELD, pointer, required.asText());
            }
        }
    }

    private void string(String value, String def, String pointer) {
        switch (def) {
            case "date" -> {
                if (PartialDate.parse(value).isEmpty()) {
                    findings.add(ProblemKind.NOT_A_DATE, pointer, value);
                }
            }
            case "url" -> {
                if (!SafeUrl.isSafe(value)) {
                    findings.add(ProblemKind.UNSAFE_LINK, pointer, value.strip());
                } else {
                    SafeUrl.malformation(value).ifPresent(fix -> findings.add(ProblemKind.NOT_A_URL, pointer, value, fix));
                    findings.link(pointer, value);
                }
            }
            case "email" -> check(EMAIL.matcher(value.strip()).matches(), ProblemKind.NOT_AN_EMAIL, pointer, value);
            case "colour" -> check(COLOUR.matcher(value).matches(), ProblemKind.NOT_A_COLOUR, pointer, value);
            case "languageTag" -> check(LANGUAGE_TAG.matcher(value).matches(), ProblemKind.NOT_A_LANGUAGE, pointer, value);
            case "siteUrl" -> check(SafeUrl.isAbsoluteHttp(value), ProblemKind.SITE_URL_NOT_ABSOLUTE, pointer, value);
            default -> { }
        }
    }

    private void check(boolean ok, ProblemKind kind, String pointer, String value) {
        if (!ok) {
            findings.add(kind, pointer, value);
        }
    }

    private void integer(JsonNode node, JsonNode schema, String pointer) {
        if (!node.canConvertToExactIntegral()) {
            findings.add(ProblemKind.NOT_A_WHOLE_NUMBER, pointer, node.asText());
        } else if (schema.has("minimum") && node.asDouble() < schema.get("minimum").asDouble()) {
            String minimum = schema.get("minimum").asText();
            findings.add(ProblemKind.TOO_SMALL, pointer, node.asText(), minimum, minimum);
        }
    }

    static String suggestion(String key, JsonNode properties) {
        List<String> known = new ArrayList<>();
        properties.fieldNames().forEachRemaining(known::add);
        return Suggestions.didYouMean(key, known, "it is not part of the format; see docs/profile-format.md");
    }

    private static JsonNode load() {
        try (InputStream in = SchemaValidator.class.getResourceAsStream("/io/github/personalsite/engine/profile.schema.json")) {
            return JsonTree.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
