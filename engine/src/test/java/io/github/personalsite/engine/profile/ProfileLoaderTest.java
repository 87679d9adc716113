package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;
import io.github.personalsite.engine.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {

    @TempDir
    Path dir;

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
    void theUntouchedSampleGetsOneReminderAndNothingElse() throws Exception {
        List<Problem> warnings = ProfileLoader.load(TestSites.sampleProfile(dir), "profile.json").warnings();
        assertEquals(List.of("profile.json: this is still the sample profile (replace it with your own data"
                + " (docs/getting-started.md))"), warnings.stream().map(Problem::toString).toList());
    }

    @Test
    void anEditedSampleIsNoLongerReminded() throws Exception {
        Path profile = TestSites.sampleProfile(dir);
        Files.writeString(profile, Files.readString(profile).replace("Zhuofu Chen", "Jane Doe"));
        assertEquals(List.of(), ProfileLoader.load(profile, "profile.json").warnings());
    }

    @Test
    void absentSectionsAreEmptyListsNeverNull() throws Exception {
        Profile p = ProfileLoader.load(TestSites.resource("profiles/minimal.json"), "profile.json").profile();
        assertTrue(p.work().isEmpty() && p.references().isEmpty() && p.basics().profiles().isEmpty());
        assertTrue(p.meta().site().navigation().isEmpty());
    }

    @Test
    void aMissingFileSaysSo() {
        BuildException e = assertThrows(BuildException.class,
                () -> ProfileLoader.load(dir.resolve("nope.json"), "nope.json"));
        assertEquals("nope.json: file not found (create it, or point the build at your profile)", e.getMessage()
                .lines().skip(1).findFirst().orElseThrow());
        assertEquals(ProblemKind.FILE_NOT_FOUND, e.problems().get(0).kind());
    }

    @Test
    void aFolderInsteadOfAFileCannotBeRead() {
        BuildException e = assertThrows(BuildException.class, () -> ProfileLoader.load(dir, "profile.json"));
        assertEquals(ProblemKind.FILE_UNREADABLE, e.problems().get(0).kind());
        assertTrue(e.problems().get(0).toString().startsWith("profile.json: cannot be read: "));
    }

    @Test
    void warningsOfAFileWithErrorsComeAfterTheErrors() throws Exception {
        Path file = TestSites.write(dir, "p.json", "{\"basics\": {\"nam\": \"A\"}}");
        BuildException e = assertThrows(BuildException.class, () -> ProfileLoader.load(file, "p.json"));
        assertEquals(List.of(ProblemKind.NO_NAME, ProblemKind.UNKNOWN_KEY),
                e.problems().stream().map(Problem::kind).toList());
        assertEquals("did you mean \"name\"?", e.problems().get(1).hint());
        assertEquals(List.of(e.problems().get(0)), e.errors());
        assertEquals(List.of(e.problems().get(1)), e.warnings());
    }
}
