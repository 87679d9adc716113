package io.github.personalsite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fact of the sample CV lands on the page where it belongs. */
class SampleSiteTest {

    @TempDir
    static Path dir;
    static Document home;
    static Document cv;

    @BeforeAll
    static void buildSample() throws Exception {
        BuildResult result = TestSites.build(TestSites.sampleProfile(dir), dir.resolve("public"));
        home = TestSites.page(result.outputDir(), "index.html");
        cv = TestSites.page(result.outputDir(), "cv.html");
    }

    @Test
    void homeShowsNameContactsAndInitialsAvatar() {
        assertEquals("Zhuofu Chen", home.selectFirst("h1").text());
        assertEquals("ZC", home.selectFirst(".avatar.initials").text());
        assertNotNull(home.selectFirst("a[href=mailto:aetiurf@gmail.com]"));
        assertNotNull(home.selectFirst("a[href=https://chenzhuofu.github.io/]"));
        Element github = home.selectFirst("a[href=https://github.com/chenzhuofu]");
        assertNotNull(github);
        assertTrue(github.text().contains("chenzhuofu"), github.text());
        assertEquals("noopener noreferrer", github.attr("rel"));
    }

    @Test
    void researchInterestsKeepTheirEmphasisOnHomeAndCv() {
        for (Document page : List.of(home, cv)) {
            Element section = page.selectFirst("#research-interests").closest("section");
            String text = section.text();
            assertTrue(text.contains("I have broad interests in building system infrastructures"), text);
            assertTrue(text.contains("such as AI inference/training and cloud computing."), text);
            List<String> emphasised = section.select("em").eachText();
            assertEquals(List.of("performance", "usability", "real-world applications",
                    "redesign next-generation datacenter/cloud operating systems"), emphasised);
        }
    }

    @Test
    void educationHasSchoolCityDegreeClassDatesGpaAndRanking() {
        String text = cv.selectFirst("#education").text();
        for (String fact : List.of("Tongji University", "Shanghai, China", "B.S.", "Computer Science and Technology",
                "Elite Class", "Sep 2021 – Present", "GPA: 4.87/5.00", "Ranking: 3/20")) {
            assertTrue(text.contains(fact), () -> fact + " missing from: " + text);
        }
    }

    @Test
    void everyInternshipWithGroupInstitutionRoleAdvisorsDatesAndBullets() {
        List<Element> entries = cv.select("#experience .entry");
        assertEquals(3, entries.size());
        assertFacts(entries.get(0), "Catalyst Group, Carnegie Mellon University",
                "Research Intern advised by Zhihao Jia", "May 2024 – Present");
        assertFacts(entries.get(1), "Institute of Parallel and Distributed Systems, Shanghai Jiao Tong University",
                "Research Intern advised by Xingda Wei and Rong Chen", "Jul 2023 – Apr 2024");
        assertFacts(entries.get(2), "Key Laboratory of Embedded System and Service Computing, Tongji University",
                "Research Intern advised by Zhijun Ding", "Nov 2022 – Oct 2023");
        assertEquals(List.of(5, 4, 3), entries.stream().map(e -> e.select("li").size()).toList());
        assertTrue(entries.get(0).text().contains("achieving 20-30% higher SLO attainment"));
        assertTrue(entries.get(0).text().contains("such as TidalDecode."));
        assertTrue(entries.get(1).text().contains("achieving an error margin within 10%."));
        assertTrue(entries.get(2).text().contains("shared memory and TCP/IP communication across WebAssembly modules."));
    }

    @Test
    void bothProjectsWithBulletsAndCodeSizes() {
        List<Element> entries = cv.select("#projects .entry");
        assertEquals(2, entries.size());
        assertFacts(entries.get(0), "XPURemoting", "A performant GPU disaggregation system.",
                "Hijack the CUDA driver API to transparently redirect GPU calls.",
                "4k LOC in C++ (v1), 15k LOC in Rust (v2)");
        assertFacts(entries.get(1), "FlexFlow SpecScheduler", "A SLO-aware scheduler for serving large model inference.",
                "Achieve 20-30% higher SLO attainment compared to existing serving systems.",
                "10k LOC in C++/CUDA");
        assertEquals(List.of(3, 3), entries.stream().map(e -> e.select("ul:not(.keywords) li").size()).toList());
    }

    @Test
    void everyAwardWithYearAndRank() {
        List<String> awards = cv.select("#awards li").eachText();
        assertEquals(List.of(
                "Lu Hao Scholarship, Tongji University 2024",
                "National 1st Prize (0.55%), Contemporary Undergraduate Mathematical Contest in Modeling 2023",
                "Regional 1st Prize, Contemporary Undergraduate Mathematical Contest in Modeling 2023",
                "China National Scholarship (top 0.2%) 2022",
                "Regional 2nd Prize, Contemporary Undergraduate Mathematical Contest in Modeling 2022",
                "Bronze Medal, National Olympiad in Informatics (NOI) 2020",
                "1st Prize, National Olympiad in Informatics in Provinces 2019"), awards);
    }

    @Test
    void sectionsTheSampleDoesNotHaveLeaveNoTrace() {
        for (String id : List.of("publications", "certificates", "volunteer", "skills", "languages", "interests",
                "references")) {
            assertTrue(cv.select("#" + id).isEmpty(), id);
        }
        assertEquals(List.of("Education", "Research interests", "Experience", "Selected projects", "Selected awards"),
                cv.select("h2").eachText());
    }

    @Test
    void pagesLinkEachOtherRelatively() {
        assertEquals("cv.html", home.selectFirst("nav a[aria-current] ~ a, nav li:nth-child(2) a").attr("href"));
        assertEquals("css/site.css", home.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("page", cv.selectFirst("nav a[href=cv.html]").attr("aria-current"));
        assertEquals("https://chenzhuofu.github.io/cv.html", cv.selectFirst("link[rel=canonical]").attr("href"));
    }

    private static void assertFacts(Element element, String... facts) {
        String text = element.text();
        for (String fact : facts) {
            assertTrue(text.contains(fact), () -> "'" + fact + "' missing from: " + text);
        }
    }
}
