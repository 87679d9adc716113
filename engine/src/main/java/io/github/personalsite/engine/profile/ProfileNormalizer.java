package io.github.personalsite.engine.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.personalsite.engine.ProblemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accepts what real-world JSON Resume files do, each time with a warning: pre-1.0 key names,
 * "Present" or "" as an end date, empty strings, arrays and entries, {@code null}s, numbers where text
 * is expected, country names where a code is expected. Changes the tree in place, before validation.
 */
final class ProfileNormalizer {

    /** Pre-1.0 JSON Resume names, by the object they appear in ({@code *} for an array index). */
    private static final Map<String, Map<String, String>> LEGACY = Map.of(
            "/basics", Map.of("picture", "image", "website", "url"),
            "/work/*", Map.of("company", "name", "website", "url"),
            "/volunteer/*", Map.of("website", "url"),
            "/publications/*", Map.of("website", "url"),
            "/education/*", Map.of("gpa", "score"),
            "/languages/*", Map.of("name", "language"));
    private static final Set<String> ONGOING = Set.of("", "present", "now", "current", "ongoing", "today");
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private final Findings findings;

    private ProfileNormalizer(Findings findings) {
        this.findings = findings;
    }

    static void normalize(ObjectNode root, Findings findings) {
        new ProfileNormalizer(findings).object(root, "");
    }

    private void object(ObjectNode node, String pointer) {
        renameLegacy(node, pointer);
        for (String key : fieldNames(node)) {
            String at = pointer + "/" + SourceMap.escape(key);
            JsonNode value = node.get(key);
            if (key.equals("endDate") && value.isTextual() && ONGOING.contains(value.asText().strip().toLowerCase(Locale.ROOT))) {
                findings.add(ProblemKind.ONGOING_END_DATE, at, value.asText());
                node.remove(key);
            } else if (isEmpty(value)) {
                findings.add(ProblemKind.EMPTY_VALUE, at, describeEmpty(value, "an empty object"));
                node.remove(key);
            } else if (value.isObject()) {
                object((ObjectNode) value, at);
            } else if (value.isArray()) {
                array((ArrayNode) value, at);
            } else if ((value.isNumber() || value.isBoolean()) && expectsText(at)) {
                node.set(key, TextNode.valueOf(value.asText()));
            } else if (key.equals("countryCode") && value.isTextual()) {
                countryCode(node, value.asText(), at);
            }
        }
    }

    private void array(ArrayNode array, String pointer) {
        for (int i = array.size() - 1; i >= 0; i--) {
            JsonNode item = array.get(i);
            String at = pointer + "/" + i;
            if (isEmpty(item)) {
                findings.add(ProblemKind.EMPTY_VALUE, at, describeEmpty(item, "an empty entry"));
                array.remove(i);
            } else if (item.isObject()) {
                object((ObjectNode) item, at);
            } else if (item.isArray()) {
                array((ArrayNode) item, at);
            }
        }
    }

    private void renameLegacy(ObjectNode node, String pointer) {
        Map<String, String> renames = LEGACY.get(pointer.replaceAll("/\\d+(?=/|$)", "/*"));
        if (renames == null) {
            return;
        }
        renames.forEach((old, current) -> {
            if (!node.has(old)) {
                return;
            }
            String oldAt = pointer + "/" + old;
            if (node.has(current)) {
                findings.add(ProblemKind.LEGACY_KEY_SHADOWED, oldAt, old, current);
            } else {
                findings.add(ProblemKind.LEGACY_KEY, oldAt, old, current);
                node.set(current, node.get(old));
                findings.map().alias(pointer + "/" + current, oldAt);
            }
            node.remove(old);
        });
    }

    private void countryCode(ObjectNode node, String value, String pointer) {
        String v = value.strip();
        if (v.length() == 2 && CODES.contains(v.toUpperCase(Locale.ROOT))) {
            return;
        }
        String code = CountryNames.BY_NAME.get(v.toLowerCase(Locale.ROOT));
        if (code != null) {
            findings.add(ProblemKind.COUNTRY_NAME, pointer, value, code, code);
            node.put("countryCode", code);
        } else {
            findings.add(ProblemKind.NOT_A_COUNTRY_CODE, pointer, value);
        }
    }

    /** Whether the schema expects text at this place (a number there, such as a postal code, is read as text). */
    private static boolean expectsText(String pointer) {
        JsonNode schema = SchemaValidator.SCHEMA;
        for (String part : pointer.substring(1).split("/")) {
            JsonNode resolved = schema.has("$ref") ? SchemaValidator.SCHEMA.at(schema.get("$ref").asText().substring(1)) : schema;
            schema = part.matches("\\d+") ? resolved.path("items") : resolved.path("properties").path(part);
        }
        JsonNode resolved = schema.has("$ref") ? SchemaValidator.SCHEMA.at(schema.get("$ref").asText().substring(1)) : schema;
        return resolved.path("type").asText().equals("string");
    }

    /** Null, blank text, or an array or object holding nothing but such values (a template's blanks). */
    private static boolean isEmpty(JsonNode value) {
        if (value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return true;
        }
        if (value.isContainerNode()) {
            for (JsonNode child : value) {
                if (!isEmpty(child)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static String describeEmpty(JsonNode value, String container) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isArray()) {
            return value.isEmpty() ? "an empty array" : "an array of blank entries";
        }
        return value.isObject() ? container : "empty text";
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Country names and three-letter codes to two-letter ones: made only for a profile that needs them
     * (every country's English name costs a few milliseconds of locale data at each start).
     */
    private static final class CountryNames {
        static final Map<String, String> BY_NAME = countries();
    }

    private static Map<String, String> countries() {
        Map<String, String> byName = new TreeMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            byName.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            byName.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
        }
        byName.put("usa", "US");
        byName.put("united states of america", "US");
        byName.put("uk", "GB");
        byName.put("great britain", "GB");
        byName.put("england", "GB");
        byName.put("south korea", "KR");
        byName.put("russia", "RU");
        return byName;
    }
}
