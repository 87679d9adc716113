package io.github.personalsite.engine.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * JSON text → Jackson's tree, read with jackson-core's streaming parser for what profiles hold: objects
 * without a repeated key, arrays, strings, whole numbers, booleans and {@code null}, one value and nothing
 * after it. Anything else (a fraction, a repeated key, text after the value, no value at all, a syntax
 * error) is read again by Jackson's {@link Mapper#MAPPER}, which gives its own tree or error; so the result is always
 * what {@code ObjectMapper.readTree} gives (JsonTreeTest compares them on thousands of inputs).
 *
 * <p>Why: a build runs in a JVM that has not run Jackson yet, where setting up an {@code ObjectMapper} took
 * about 45 ms and binding the tree to the records ({@link RecordBinder}) as much again, on the path every
 * build waits for before it reads a post.
 */
final class JsonTree {

    /** The parser settings of profiles: {@code //} and {@code /* *}{@code /} comments allowed. */
    static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Thrown where this reader (or {@link RecordBinder}) stops and Jackson's {@link Mapper#MAPPER} takes over;
     * carries no stack trace.
     */
    static final class Unusual extends Exception {
        private Unusual() {
            super(null, null, false, false);
        }
    }

    static final Unusual UNUSUAL = new Unusual();

    private JsonTree() {
    }

    /** The tree of {@code text}, as {@code MAPPER.readTree(text)} gives it, or its exception. */
    static JsonNode read(String text) throws JsonProcessingException {
        JsonNode tree = fast(text);
        // Otherwise ObjectMapper reads it again: its tree, or its error with its message and position.
        return tree != null ? tree : Mapper.MAPPER.readTree(text);
    }

    /** The tree of {@code text} when it holds only what this reader reads (above), else {@code null}. */
    static JsonNode fast(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != null) {
                JsonNode tree = value(parser, first);
                if (parser.nextToken() == null) {
                    return tree;
                }
            }
        } catch (Unusual | IOException e) {
            // null below
        }
        return null;
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException, Unusual {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                String key;
                while ((key = parser.nextFieldName()) != null) {
                    if (object.replace(key, value(parser, parser.nextToken())) != null) {
                        throw UNUSUAL;
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> throw UNUSUAL;
                };
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw UNUSUAL;
        }
    }

    /** Jackson's full reader and binder, set up the first time a profile needs them. */
    static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();

        private Mapper() {
        }
    }
}
