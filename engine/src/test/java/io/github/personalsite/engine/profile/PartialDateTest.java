package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsThePrecisionItWasWrittenWith() {
        assertEquals("2024", PartialDate.parse("2024").orElseThrow().display(Locale.ENGLISH));
        assertEquals("May 2024", PartialDate.parse("2024-05").orElseThrow().display(Locale.ENGLISH));
        assertEquals("7 May 2024", PartialDate.parse("2024-05-07").orElseThrow().display(Locale.ENGLISH));
        assertEquals("2024-05", PartialDate.parse("2024-05").orElseThrow().iso());
    }

    @Test
    void rejectsOtherFormsAndImpossibleDates() {
        for (String bad : new String[] {"24", "2024-5", "2024/05", "May 2024", "2024-00", "2023-02-29", "Present", ""}) {
            assertTrue(PartialDate.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void comparesOnlyAsPreciselyAsBothDatesAllow() {
        PartialDate year = PartialDate.parse("2024").orElseThrow();
        PartialDate may = PartialDate.parse("2024-05").orElseThrow();
        PartialDate april = PartialDate.parse("2024-04-30").orElseThrow();
        assertEquals(0, year.compareTo(may));
        assertTrue(april.compareTo(may) < 0);
    }
}
