package io.github.personalsite.engine.profile;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON types in words people read. */
final class Types {

    private Types() {
    }

    static boolean matches(JsonNode node, String type) {
        return switch (type) {
            case "object" -> node.isObject();
            case "array" -> node.isArray();
            case "string" -> node.isTextual();
            case "integer", "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            default -> true;
        };
    }

    static String expected(String type) {
        return switch (type) {
            case "object" -> "an object { … }";
            case "array" -> "an array [ … ]";
            case "string" -> "text in double quotes";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> type;
        };
    }

    static String found(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "text";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return "null";
    }
}
