package io.github.personalsite.engine.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked profile tree → {@link Profile}, by the records' own components: text, whole numbers, booleans,
 * lists and records, each from the JSON value of that kind, absent or {@code null} as {@code null}; keys
 * the records do not have are ignored. Where a value is of another kind (a number for text, say, which
 * Jackson converts), or a record's constructor refuses it, Jackson's own binder does the whole profile
 * instead, so the result is always what {@code treeToValue} gives (JsonTreeTest compares them).
 */
final class RecordBinder {

    private RecordBinder() {
    }

    /** The profile in {@code tree}, as Jackson's {@code treeToValue(tree, Profile.class)} gives it, or its exception. */
    static Profile bind(JsonNode tree) throws JsonProcessingException {
        Profile profile = fast(tree);
        return profile != null ? profile : JsonTree.Mapper.MAPPER.treeToValue(tree, Profile.class);
    }

    /** The profile in {@code tree} when every value is of the kind its component takes (above), else {@code null}. */
    static Profile fast(JsonNode tree) {
        try {
            return (Profile) value(tree, Profile.class);
        } catch (JsonTree.Unusual e) {
            return null;
        }
    }

    private static Object value(JsonNode node, Type type) throws JsonTree.Unusual {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type == String.class && node.isTextual()) {
            return node.textValue();
        }
        if (type == Integer.class && node.isInt()) {
            return node.intValue();
        }
        if (type == Long.class && (node.isInt() || node.isLong())) {
            return node.longValue();
        }
        if (type == Boolean.class && node.isBoolean()) {
            return node.booleanValue();
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class && node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                items.add(value(item, list.getActualTypeArguments()[0]));
            }
            return items;
        }
        if (type instanceof Class<?> record && record.isRecord() && node.isObject()) {
            return record(node, record);
        }
        throw JsonTree.UNUSUAL;
    }

    private static Object record(JsonNode node, Class<?> type) throws JsonTree.Unusual {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(node.get(components[i].getName()), components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw JsonTree.UNUSUAL;
        }
    }
}
