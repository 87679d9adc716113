package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCheckerTest {

    @TempDir
    Path dir;

    private List<String> problems(String json) throws Exception {
        ProfileLoader.Loaded loaded = ProfileLoader.load(TestSites.write(dir, "profile.json", json), "profile.json");
        return ProfileChecker.check(loaded.profile(), loaded.sourceMap(), "profile.json").stream()
                .map(Problem::toString).toList();
    }

    @Test
    void theSampleHasNoProblem() throws Exception {
        ProfileLoader.Loaded loaded = ProfileLoader.load(TestSites.sampleProfile(dir), "profile.json");
        assertEquals(List.of(), ProfileChecker.check(loaded.profile(), loaded.sourceMap(), "profile.json"));
    }

    @Test
    void rejectsJavascriptUrlsWithLineAndColumn() throws Exception {
        assertEquals(List.of("profile.json:4:13: /basics/profiles/0/url: \"JavaScript:alert(1)\" is not a link this"
                        + " site will publish (use an http(s), mailto: or tel: URL, or a path inside the site)"),
                problems("{\"basics\": {\n  \"name\": \"Ada\",\n  \"profiles\": [\n    {\"url\": \"JavaScript:alert(1)\"}]}}"));
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() throws Exception {
        String json = """
                {
                  "work": [
                    {"name": "A", "startDate": "May 2024", "url": "data:text/html,x"},
                    {"name": "B", "startDate": "2024-05", "endDate": "2023-01"}
                  ],
                  "basics": {"email": "not-an-address"},
                  "meta": {"site": {"accentColor": "red; background:url(x)", "url": "/relative"}}
                }
                """;
        assertEquals(List.of(
                "profile.json:3:32: /work/0/startDate: \"May 2024\" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-05)",
                "profile.json:3:51: /work/0/url: \"data:text/html,x\" is not a link this site will publish (use an http(s), mailto: or tel: URL, or a path inside the site)",
                "profile.json:4:54: /work/1/endDate: ends (2023-01) before it starts (2024-05) (swap the two dates, or correct the one that is wrong)",
                "profile.json:6:13: /basics: the profile has no name (add \"basics\": {\"name\": \"Your Name\"})",
                "profile.json:6:23: /basics/email: \"not-an-address\" is not an e-mail address (write it as name@example.org)",
                "profile.json:7:36: /meta/site/accentColor: \"red; background:url(x)\" is not a colour (write #rgb or #rrggbb, e.g. #1d5fa7)",
                "profile.json:7:69: /meta/site/url: the site URL must be an absolute http(s) URL (write where the site is published, e.g. https://you.github.io/)"),
                problems(json));
    }

    @Test
    void datesMustBeRealCalendarDates() throws Exception {
        List<String> found = problems("{\"basics\": {\"name\": \"A\"}, \"awards\": [{\"date\": \"2023-02-30\"}, {\"date\": \"2023-13\"}, {\"date\": \"2023\"}]}");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("/awards/0/date: \"2023-02-30\" is not a date"));
        assertTrue(found.get(1).contains("/awards/1/date: \"2023-13\" is not a date"));
    }

    @Test
    void aDocumentWithoutBasicsPointsAtTheDocument() throws Exception {
        assertEquals(List.of("profile.json:1:1: /: the profile has no name (add \"basics\": {\"name\": \"Your Name\"})"),
                problems("{}"));
    }
}
