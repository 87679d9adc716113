package io.github.personalsite.engine.profile;

import io.github.personalsite.engine.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a well-formed profile can still get wrong: a missing name, dates that are not dates or end
 * before they start, links a page must not carry, an accent colour that is not a colour. Reports all
 * problems at once, in file order.
 */
public final class ProfileChecker {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HEX_COLOUR = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    private static final String DATE_HINT = "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-05";

    private final SourceMap map;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private ProfileChecker(SourceMap map, String file) {
        this.map = map;
        this.file = file;
    }

    /** Every problem of the profile, sorted by position in the file. */
    public static List<Problem> check(Profile profile, SourceMap map, String file) {
        ProfileChecker checker = new ProfileChecker(map, file);
        checker.checkAll(profile);
        checker.problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(checker.problems);
    }

    private void checkAll(Profile p) {
        Basics b = p.basics();
        if (b.name() == null || b.name().isBlank()) {
            error(map.has("/basics") ? "/basics" : "", "the profile has no name",
                    "add \"basics\": {\"name\": \"Your Name\"}");
        }
        url("/basics/url", b.url());
        url("/basics/image", b.image());
        email("/basics/email", b.email());
        each(b.profiles(), "/basics/profiles", (at, s) -> url(at + "/url", s.url()));
        each(p.work(), "/work", (at, w) -> {
            url(at + "/url", w.url());
            range(at, w.startDate(), w.endDate());
        });
        each(p.volunteer(), "/volunteer", (at, v) -> {
            url(at + "/url", v.url());
            range(at, v.startDate(), v.endDate());
        });
        each(p.education(), "/education", (at, e) -> {
            url(at + "/url", e.url());
            range(at, e.startDate(), e.endDate());
        });
        each(p.awards(), "/awards", (at, a) -> date(at + "/date", a.date()));
        each(p.certificates(), "/certificates", (at, c) -> {
            url(at + "/url", c.url());
            date(at + "/date", c.date());
        });
        each(p.publications(), "/publications", (at, x) -> {
            url(at + "/url", x.url());
            date(at + "/releaseDate", x.releaseDate());
        });
        each(p.projects(), "/projects", (at, x) -> {
            url(at + "/url", x.url());
            range(at, x.startDate(), x.endDate());
        });
        checkSite(p.meta().site());
    }

    private void checkSite(SiteSettings site) {
        if (site.url() != null && !SafeUrl.isAbsoluteHttp(site.url())) {
            error("/meta/site/url", "the site URL must be an absolute http(s) URL",
                    "write where the site is published, e.g. https://you.github.io/");
        }
        if (site.accentColor() != null && !HEX_COLOUR.matcher(site.accentColor()).matches()) {
            error("/meta/site/accentColor", "\"" + site.accentColor() + "\" is not a colour",
                    "write #rgb or #rrggbb, e.g. #1d5fa7");
        }
        if (site.language() != null && !LANGUAGE_TAG.matcher(site.language()).matches()) {
            error("/meta/site/language", "\"" + site.language() + "\" is not a language tag",
                    "write a BCP 47 tag such as en, de or zh-CN");
        }
        each(site.navigation(), "/meta/site/navigation", (at, n) -> {
            if (n.label() == null || n.label().isBlank()) {
                error(at, "a navigation entry has no label", "add \"label\": \"Text shown in the menu\"");
            }
            if (n.href() == null || n.href().isBlank()) {
                error(at, "a navigation entry has no href", "add \"href\": \"cv.html\" or a full URL");
            } else {
                url(at + "/href", n.href());
            }
        });
    }

    private Optional<PartialDate> date(String pointer, String value) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<PartialDate> date = PartialDate.parse(value);
        if (date.isEmpty()) {
            error(pointer, "\"" + value + "\" is not a date", DATE_HINT);
        }
        return date;
    }

    private void range(String at, String start, String end) {
        Optional<PartialDate> from = date(at + "/startDate", start);
        Optional<PartialDate> to = date(at + "/endDate", end);
        if (from.isPresent() && to.isPresent() && to.get().compareTo(from.get()) < 0) {
            error(at + "/endDate", "ends (" + end + ") before it starts (" + start + ")",
                    "swap the two dates, or correct the one that is wrong");
        }
    }

    private void url(String pointer, String value) {
        if (value != null && !SafeUrl.isSafe(value)) {
            error(pointer, "\"" + value.strip() + "\" is not a link this site will publish",
                    "use an http(s), mailto: or tel: URL, or a path inside the site");
        }
    }

    private void email(String pointer, String value) {
        if (value != null && !EMAIL.matcher(value.strip()).matches()) {
            error(pointer, "\"" + value + "\" is not an e-mail address", "write it as name@example.org");
        }
    }

    private <T> void each(List<T> items, String pointer, java.util.function.BiConsumer<String, T> check) {
        for (int i = 0; i < items.size(); i++) {
            check.accept(pointer + "/" + i, items.get(i));
        }
    }

    private void error(String pointer, String message, String hint) {
        SourceMap.Position at = map.at(pointer);
        problems.add(Problem.error(file, at.line(), at.column(), pointer, message, hint));
    }
}
