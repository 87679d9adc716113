package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.personalsite.engine.profile.CodeSize;
import io.github.personalsite.engine.profile.Education;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {

    private final Format fmt = new Format(Locale.ENGLISH);

    @Test
    void aDayIsFormattedOncePerFormatAndReadsTheSameEachTime() {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 5, 17);
        assertEquals("17 May 2024", fmt.day(day));
        org.junit.jupiter.api.Assertions.assertSame(fmt.day(day), fmt.day(java.time.LocalDate.of(2024, 5, 17)));
        assertEquals("1 Jun 2024", fmt.day(java.time.LocalDate.of(2024, 6, 1)));
        assertEquals("", fmt.day(null));
    }

    @Test
    void rangesReadNaturally() {
        assertEquals("May 2024 – Present", fmt.range("2024-05", null));
        assertEquals("Jul 2023 – Apr 2024", fmt.range("2023-07", "2024-04"));
        assertEquals("2020", fmt.range("2020", "2020"));
        assertEquals("", fmt.range(null, null));
    }

    @Test
    void aDegreeNamesTheGivenParts() {
        assertEquals("B.S. in Computer Science (Honours track)", fmt.degree(education("B.S.", "Computer Science", "Honours track")));
        assertEquals("in Physics", fmt.degree(education(null, "Physics", null)));
        assertEquals("PhD (Systems)", fmt.degree(education("PhD", null, "Systems")));
        assertEquals("", fmt.degree(education(null, null, null)));
    }

    private static Education education(String studyType, String area, String program) {
        return new Education("Uni", null, null, area, studyType, program, "2020", null, null, null, null);
    }

    @Test
    void codeSizesAreShortAndComplete() {
        assertEquals("4k LOC in C++ (v1), 15k LOC in Rust (v2)", fmt.codeSizes(List.of(
                new CodeSize(4000L, "C++", "v1"), new CodeSize(15000L, "Rust", "v2"))));
        assertEquals("1,234 LOC", fmt.codeSize(new CodeSize(1234L, null, null)));
        assertEquals("2.5k LOC in Go", fmt.codeSize(new CodeSize(2500L, "Go", null)));
        assertEquals("1.2M LOC", fmt.codeSize(new CodeSize(1_200_000L, null, null)));
    }

    @Test
    void initialsTakeFirstAndLastWordAndSurvivePairs() {
        assertEquals("ZC", fmt.initials("Zhuofu Chen"));
        assertEquals("AL", fmt.initials("Ada King Lovelace"));
        assertEquals("陈", fmt.initials("陈卓夫"));
        assertEquals("😀", fmt.initials("😀"));
        assertEquals("?", fmt.initials(" "));
    }

    @Test
    void namesAndDisplayUrls() {
        assertEquals("A", fmt.names(List.of("A")));
        assertEquals("A and B", fmt.names(List.of("A", "B")));
        assertEquals("A, B and C", fmt.names(List.of("A", "B", "C")));
        assertEquals("github.com/chenzhuofu", fmt.display("https://www.github.com/chenzhuofu/"));
        assertEquals("chenzhuofu.github.io", fmt.display("https://chenzhuofu.github.io/"));
    }
}
