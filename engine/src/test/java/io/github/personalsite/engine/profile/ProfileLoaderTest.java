package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {

    @TempDir
    Path dir;

    private Problem onlyProblem(String json) throws Exception {
        Path file = TestSites.write(dir, "profile.json", json);
        BuildException e = assertThrows(BuildException.class, () -> ProfileLoader.load(file, "profile.json"));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void bindsTheSampleToRecordsIncludingExtensions() throws Exception {
        Profile p = ProfileLoader.load(TestSites.sampleProfile(dir), "profile.json").profile();
        assertEquals("Zhuofu Chen", p.basics().name());
        assertEquals(List.of("Xingda Wei", "Rong Chen"), p.work().get(1).advisors());
        assertEquals("Catalyst Group", p.work().get(0).group());
        assertEquals("3/20", p.education().get(0).ranking());
        assertEquals(15000L, p.projects().get(0).codeSize().get(1).linesOfCode());
        assertEquals("top 0.2%", p.awards().get(3).rank());
        assertEquals("#1d5fa7", p.meta().site().accentColor());
    }

    @Test
    void absentSectionsAreEmptyListsNeverNull() throws Exception {
        Profile p = ProfileLoader.load(TestSites.resource("profiles/minimal.json"), "profile.json").profile();
        assertTrue(p.work().isEmpty() && p.references().isEmpty() && p.basics().profiles().isEmpty());
        assertTrue(p.meta().site().navigation().isEmpty());
    }

    @Test
    void syntaxErrorNamesLineAndColumnAndShowsTheLineWithACaret() throws Exception {
        Problem p = onlyProblem("{\n  \"basics\": {\n    \"name\": \"Ada\"\n    \"label\": \"x\"\n  }\n}\n");
        assertEquals(4, p.line());
        assertEquals(5, p.column());
        assertTrue(p.message().startsWith("invalid JSON: Unexpected character ('\"'"), p.message());
        assertEquals("        \"label\": \"x\"" + System.lineSeparator() + "        ^", p.excerpt(),
                "the line, indented by four, with the caret under column 5");
        assertTrue(p.toString().startsWith("profile.json:4:5: invalid JSON: "), p.toString());
    }

    @Test
    void trailingGarbageIsASyntaxError() throws Exception {
        Problem p = onlyProblem("{\"basics\": {\"name\": \"Ada\"}}\n}");
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("invalid JSON"), p.message());
    }

    @Test
    void wrongTypeNamesTheJsonPointerAndPosition() throws Exception {
        Problem p = onlyProblem("{\n  \"work\": [\n    { \"name\": \"X\", \"highlights\": \"one bullet\" }\n  ]\n}");
        assertEquals("/work/0/highlights", p.pointer());
        assertEquals(3, p.line());
        assertEquals("wrong type: expected an array [ … ]", p.message());
        assertTrue(p.toString().startsWith("profile.json:3:"), p.toString());
    }

    @Test
    void missingEmptyAndNonUtf8FilesSaySo() throws Exception {
        BuildException missing = assertThrows(BuildException.class,
                () -> ProfileLoader.load(dir.resolve("nope.json"), "nope.json"));
        assertTrue(missing.problems().get(0).toString().startsWith("nope.json: file not found (create it"));

        assertEquals("the file is empty", onlyProblem("  \n").message());

        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});
        BuildException e = assertThrows(BuildException.class, () -> ProfileLoader.load(latin1, "latin1.json"));
        assertEquals("latin1.json: is not valid UTF-8 text (save the file as UTF-8)", e.problems().get(0).toString());
    }

    @Test
    void unknownKeysAreKeptOutOfTheWayNotRejected() throws Exception {
        Path file = TestSites.write(dir, "p.json", "{\"basics\": {\"name\": \"Ada\", \"pronouns\": \"she/her\"}, \"x-custom\": 1}");
        assertEquals("Ada", ProfileLoader.load(file, "p.json").profile().basics().name());
    }
}
