package io.github.personalsite.engine.render;

import io.github.personalsite.engine.profile.CodeSize;
import io.github.personalsite.engine.profile.Education;
import io.github.personalsite.engine.profile.PartialDate;
import io.github.personalsite.engine.profile.SafeUrl;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What templates call to turn profile values into text: dates, ranges, code sizes, initials. */
public final class Format {

    private final Locale locale;

    private final java.time.format.DateTimeFormatter dayFormat;

    public Format(Locale locale) {
        this.locale = locale;
        this.dayFormat = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    }

    /** Days already formatted: a post's date shows on its page, its list page, its tags' pages. */
    private final java.util.Map<java.time.LocalDate, String> days = new java.util.concurrent.ConcurrentHashMap<>();

    /** "17 May 2024" for a post's date. */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : days.computeIfAbsent(date, d -> d.format(dayFormat));
    }

    /** "May 2024", or the text as written when it is not a date. */
    public String date(String text) {
        return PartialDate.parse(text).map(d -> d.display(locale)).orElse(text == null ? "" : text);
    }

    /** The ISO form for {@code <time datetime>}, or {@code null} (which drops the attribute). */
    public String iso(String text) {
        return PartialDate.parse(text).map(PartialDate::iso).orElse(null);
    }

    /** "May 2024 – Present", "2019 – 2021", "2020", or "" when there is no start. */
    public String range(String start, String end) {
        if (start == null) {
            return end == null ? "" : date(end);
        }
        String to = end == null ? "Present" : date(end);
        return start.equals(end) ? date(start) : date(start) + " – " + to;
    }

    /** "4k LOC in C++ (v1), 15k LOC in Rust (v2)". */
    public String codeSizes(List<CodeSize> sizes) {
        return sizes.stream().map(this::codeSize).collect(Collectors.joining(", "));
    }

    /** "15k LOC in Rust (v2)". */
    public String codeSize(CodeSize size) {
        StringBuilder out = new StringBuilder();
        if (size.linesOfCode() != null) {
            out.append(lines(size.linesOfCode())).append(" LOC");
        }
        if (size.language() != null) {
            out.append(out.isEmpty() ? "" : " in ").append(size.language());
        }
        if (size.version() != null) {
            out.append(" (").append(size.version()).append(')');
        }
        return out.toString();
    }

    static String lines(long n) {
        if (n >= 1_000_000 && n % 100_000 == 0) {
            return trim(n / 1_000_000.0) + "M";
        }
        if (n >= 1_000 && n % 100 == 0) {
            return trim(n / 1_000.0) + "k";
        }
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** "ZC" for "Zhuofu Chen": the avatar when the profile has no image. */
    public String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] words = name.strip().split("\\s+");
        String first = words[0].substring(0, words[0].offsetByCodePoints(0, 1));
        if (words.length == 1) {
            return first.toUpperCase(locale);
        }
        String last = words[words.length - 1];
        return (first + last.substring(0, last.offsetByCodePoints(0, 1))).toUpperCase(locale);
    }

    /** "github.com/chenzhuofu" for a URL: how a link reads when it has no other label. */
    public String display(String url) {
        if (url == null) {
            return "";
        }
        try {
            URI uri = URI.create(url.strip());
            String host = uri.getHost() == null ? url : uri.getHost().replaceFirst("^www\\.", "");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return host + path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Whether a link leaves the site. */
    public boolean external(String url) {
        return SafeUrl.isExternal(url);
    }

    /** "Zhihao Jia", "Xingda Wei and Rong Chen", "A, B and C". */
    public String names(List<String> names) {
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + names.get(names.size() - 1);
    }

    /** A degree as the CV shows it: "B.S. in Computer Science (Honours track)", with the parts that are given. */
    public String degree(Education e) {
        return join(" ", Arrays.asList(e.studyType(), e.area() == null ? null : "in " + e.area(),
                e.program() == null ? null : "(" + e.program() + ")"));
    }

    /** Joins the non-blank parts with the separator: "Tongji University · Shanghai, China". */
    public String join(String separator, List<String> parts) {
        return parts.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
    }
}
