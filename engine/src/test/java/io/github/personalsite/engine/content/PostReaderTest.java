package io.github.personalsite.engine.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostReaderTest {

    @Test
    void readsDaysExactlyAsLocalDateParseDoes() {
        List<String> days = List.of("2024-05-17", "2024-02-29", "2023-02-29", "2024-02-30", "2024-04-31", "2024-13-01",
                "2024-00-10", "2024-01-00", "0000-01-01", "9999-12-31", "+12345-01-01", "2024-1-01", "2024-01-1",
                "2024/01/01", "2024-01-01x", "x2024-01-01", "２０２４-01-01", "2024-0a-01", "20240101", "", "-2024-01-01");
        for (String day : days) {
            assertEquals(outcome(() -> LocalDate.parse(day)), outcome(() -> PostReader.isoDay(day)), day);
        }
    }

    private static String outcome(java.util.function.Supplier<LocalDate> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeException e) {
            return "not a date";
        }
    }
}
