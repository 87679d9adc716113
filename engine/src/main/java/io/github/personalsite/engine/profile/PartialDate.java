package io.github.personalsite.engine.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON Resume date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. Knows its precision, so
 * "2024" prints as "2024" and "2024-05" as "May 2024".
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The date, or empty when the text is not one of the three forms or not a real calendar date. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && month == 0 || m.group(3) != null && day == 0) {
            return Optional.empty();
        }
        try {
            LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    /** "2024", "May 2024" or "3 May 2024", in the given language. */
    public String display(Locale locale) {
        if (month == 0) {
            return Integer.toString(year);
        }
        String monthName = LocalDate.of(year, month, 1).getMonth().getDisplayName(TextStyle.SHORT, locale);
        return day == 0 ? monthName + " " + year : day + " " + monthName + " " + year;
    }

    /** The ISO form, for {@code <time datetime>}. */
    public String iso() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }

    /** Orders by the precision both dates have: "2024" is not before "2024-05". */
    @Override
    public int compareTo(PartialDate other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0 || month == 0 || other.month == 0) {
            return byYear;
        }
        int byMonth = Integer.compare(month, other.month);
        if (byMonth != 0 || day == 0 || other.day == 0) {
            return byMonth;
        }
        return Integer.compare(day, other.day);
    }
}
