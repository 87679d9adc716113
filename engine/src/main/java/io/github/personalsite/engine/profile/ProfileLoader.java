package io.github.personalsite.engine.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads a profile file into a {@link Profile}. A file that is missing, unreadable, not UTF-8, not
 * JSON, or has a value of the wrong type ends in a {@link BuildException} naming the place.
 */
public final class ProfileLoader {

    /** A profile with the map of where its values stand in the file. */
    public record Loaded(Profile profile, SourceMap sourceMap) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ProfileLoader() {
    }

    /**
     * @param file  the profile
     * @param label how messages name the file, e.g. {@code profile.json}
     */
    public static Loaded load(Path file, String label) throws BuildException {
        String text = decode(readBytes(file, label), label);
        if (text.isBlank()) {
            throw new BuildException(Problem.error(label, 0, 0, null, "the file is empty",
                    "write a JSON object, e.g. {\"basics\": {\"name\": \"Your Name\"}}"));
        }
        try {
            Profile profile = MAPPER.readValue(text, Profile.class);
            if (profile == null) {
                throw new BuildException(Problem.error(label, 1, 1, "", "the document is null",
                        "write a JSON object, e.g. {\"basics\": {\"name\": \"Your Name\"}}"));
            }
            return new Loaded(profile, SourceMap.of(MAPPER.getFactory(), text));
        } catch (MismatchedInputException e) {
            throw new BuildException(wrongType(e, label));
        } catch (JsonProcessingException e) {
            throw new BuildException(syntaxError(e, label, text));
        } catch (IOException e) {
            throw new BuildException(Problem.error(label, 0, 0, null, "cannot be read: " + e.getMessage(), null));
        }
    }

    private static byte[] readBytes(Path file, String label) throws BuildException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BuildException(Problem.error(label, 0, 0, null, "file not found",
                    "create it, or point the build at your profile (see docs/getting-started.md)"));
        } catch (IOException e) {
            throw new BuildException(Problem.error(label, 0, 0, null, "cannot be read: " + e, null));
        }
    }

    private static String decode(byte[] bytes, String label) throws BuildException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BuildException(Problem.error(label, 0, 0, null, "is not valid UTF-8 text",
                    "save the file as UTF-8"));
        }
    }

    private static Problem syntaxError(JsonProcessingException e, String label, String text) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String message = "invalid JSON: " + firstLine(e.getOriginalMessage());
        String[] lines = text.split("\r\n|\r|\n", -1);
        return new Problem(Problem.Severity.ERROR, label, line, column, null, message,
                "fix the JSON syntax at this place", SourceMap.excerpt(lines, line, column));
    }

    private static Problem wrongType(MismatchedInputException e, String label) {
        String pointer = pointer(e.getPath());
        JsonLocation at = e.getLocation();
        String expected = describe(e.getTargetType());
        return Problem.error(label, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), pointer,
                "wrong type: expected " + expected, "see docs/profile-format.md for what this field holds");
    }

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            out.append('/');
            if (ref.getFieldName() != null) {
                out.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                out.append(ref.getIndex());
            }
        }
        return out.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array [ … ]";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object { … }";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a " + type.getSimpleName();
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
