package io.github.personalsite.engine.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.personalsite.engine.ProblemKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What the schema cannot say: the profile needs a name, an entry cannot end before it starts, and
 * the untouched sample profile deserves a reminder.
 */
final class ProfileChecker {

    private static final String SAMPLE = "/io/github/personalsite/engine/sample/profile.json";
    private static final List<String> DATED_SECTIONS = List.of("/work", "/volunteer", "/education", "/projects");

    private ProfileChecker() {
    }

    static void check(JsonNode root, String text, Findings findings) {
        JsonNode name = root.at("/basics/name");
        boolean basicsUsable = !root.has("basics") || root.get("basics").isObject();
        if (basicsUsable && (!name.isTextual() || name.asText().isBlank())) {
            findings.add(ProblemKind.NO_NAME, root.has("basics") ? "/basics" : "");
        }
        for (String section : DATED_SECTIONS) {
            JsonNode entries = root.at(section);
            for (int i = 0; entries.isArray() && i < entries.size(); i++) {
                Optional<PartialDate> start = PartialDate.parse(entries.get(i).path("startDate").asText(null));
                Optional<PartialDate> end = PartialDate.parse(entries.get(i).path("endDate").asText(null));
                if (start.isPresent() && end.isPresent() && end.get().compareTo(start.get()) < 0) {
                    findings.add(ProblemKind.END_BEFORE_START, section + "/" + i + "/endDate",
                            entries.get(i).get("endDate").asText(), entries.get(i).get("startDate").asText());
                }
            }
        }
        if (normalized(text).equals(SampleHolder.TEXT)) {
            findings.add(ProblemKind.STILL_SAMPLE.at(findings.file(), 0, 0, null));
        }
    }

    private static String normalized(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    /** The sample profile shipped in the jar, read on first use. */
    private static final class SampleHolder {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = ProfileChecker.class.getResourceAsStream(SAMPLE)) {
                return in == null ? "" : normalized(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
