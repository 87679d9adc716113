package io.github.personalsite.archetype;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Generates a project from the archetype exactly as a user does, then builds its site with ./mvnw. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchetypeIT {

    private static final String VERSION = System.getProperty("it.archetype.version");
    private static final Path RESOURCES = Path.of(System.getProperty("it.archetype.resources"));
    private static final List<String> GENERATED = List.of(".github/workflows/deploy.yml", ".gitignore",
            ".mvn/wrapper/maven-wrapper.properties",
            "README.md", "content/posts/2023-12-15-national-first-prize-in-modeling.md",
            "content/posts/2024-04-30-xpuremoting.md", "content/posts/2024-05-06-joining-catalyst-at-cmu.md",
            "content/posts/2024-06-28-lu-hao-scholarship.md", "mvnw", "mvnw.cmd", "pom.xml", "profile.json",
            "profile.schema.json", "static/README.md", "templates/README.md");

    private static Path work;
    private static Maven maven;
    private static Path batch;

    @BeforeAll
    static void generateInBatchMode() throws Exception {
        work = Path.of(System.getProperty("it.work"));
        deleteTree(work);
        Files.createDirectories(work);
        maven = new Maven(work);
        Maven.Run run = maven.mvn(work, null, "-B", archetypeGenerate(), "-DarchetypeGroupId=io.github.personalsite",
                "-DarchetypeArtifactId=personal-site-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=org.example.site", "-DartifactId=batch-site");
        assertEquals(0, run.exitCode(), run.output());
        batch = work.resolve("batch-site");
    }

    private static String archetypeGenerate() {
        return "org.apache.maven.plugins:maven-archetype-plugin:" + System.getProperty("it.archetype.plugin.version")
                + ":generate";
    }

    @Test
    @Order(1)
    void generatesExactlyTheProjectFiles() throws IOException {
        assertEquals(GENERATED, files(batch));
        assertTrue(Files.isExecutable(batch.resolve("mvnw")), "mvnw must be executable");
    }

    @Test
    @Order(2)
    void copiesEveryFileButThePomByteForByte() throws IOException {
        for (String file : GENERATED) {
            Path source = file.startsWith("content/")
                    ? Path.of(System.getProperty("it.sample.profile")).resolveSibling(file) : switch (file) {
                case ".gitignore" -> RESOURCES.resolve("gitignore");
                case "profile.json" -> Path.of(System.getProperty("it.sample.profile"));
                case "profile.schema.json" -> Path.of(System.getProperty("it.schema"));
                case "pom.xml" -> null;
                default -> RESOURCES.resolve(file);
            };
            if (source != null) {
                assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(batch.resolve(file)), file);
            }
        }
    }

    @Test
    @Order(3)
    void pomCarriesTheCoordinatesAndThisPluginVersion() throws IOException {
        String pom = Files.readString(batch.resolve("pom.xml"));
        assertTrue(pom.contains("<groupId>org.example.site</groupId>"), pom);
        assertTrue(pom.contains("<artifactId>batch-site</artifactId>"), pom);
        assertTrue(pom.contains("<packaging>pom</packaging>"), pom);
        assertTrue(pom.contains("<personal-site.version>" + VERSION + "</personal-site.version>"), pom);
        assertTrue(pom.contains("<version>${personal-site.version}</version>"), "Maven expressions survive: " + pom);
    }

    @Test
    @Order(4)
    void movedAnywhereTheProjectBuildsItsSiteWithTheWrapper() throws Exception {
        Path moved = work.resolve("somewhere else/my site");
        copyTree(batch, moved);
        byte[] profile = Files.readAllBytes(moved.resolve("profile.json"));

        Maven.Run run = maven.mvnw(moved, "-B", "package");

        assertEquals(0, run.exitCode(), run.output());
        Path site = moved.resolve("target/public");
        for (String page : List.of("index.html", "cv.html", "404.html", "css/site.css", "favicon.svg")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertEquals("Zhuofu Chen", home.selectFirst("h1").text());
        Document cv = Jsoup.parse(site.resolve("cv.html").toFile());
        assertEquals(3, cv.select("#experience .entry").size());
        assertArrayEquals(profile, Files.readAllBytes(moved.resolve("profile.json")), "the build never touches the profile");
        assertTrue(run.output().contains(" of them changed"), run.output());
        assertTrue(run.output().contains("[WARNING] profile.json: this is still the sample profile"), run.output());
    }

    @Test
    @Order(5)
    void theBuiltSiteIsValidHtmlAndCssWithNoBrokenReference() throws Exception {
        Path site = work.resolve("somewhere else/my site/target/public");
        assertEquals(List.of(), HtmlChecker.errors(site), "Nu HTML Checker errors");
        assertEquals(List.of(), LinkChecker.broken(site, site));
        assertTrue(Files.exists(site.resolve("sitemap.xml")) && Files.exists(site.resolve("contact.vcf")));
    }

    @Test
    @Order(5)
    void underASubPathEveryReferenceStillResolves() throws Exception {
        Path project = work.resolve("sub-path project");
        copyTree(work.resolve("batch-site"), project);
        String profile = Files.readString(project.resolve("profile.json"));
        Files.writeString(project.resolve("profile.json"), profile.replace("\"url\": \"https://chenzhuofu.github.io/\",\n      \"language\"",
                "\"url\": \"https://example.org/some/sub/path/\",\n      \"language\""));
        Maven.Run run = maven.mvnw(project, "-B", "package");
        assertEquals(0, run.exitCode(), run.output());

        Path server = work.resolve("server");
        copyTree(project.resolve("target/public"), server.resolve("some/sub/path"));
        assertEquals(List.of(), LinkChecker.broken(server, server.resolve("some/sub/path")));
        assertTrue(Files.readString(server.resolve("some/sub/path/404.html")).contains("href=\"/some/sub/path/css/site.css\""));
    }

    @Test
    @Order(6)
    void fiveMistakesAreAllReportedWithPositionsAndThePreviousSiteStays() throws Exception {
        Path project = work.resolve("somewhere else/my site");
        Map<String, byte[]> before = tree(project.resolve("target/public"));
        String profile = Files.readString(project.resolve("profile.json"));
        Files.writeString(project.resolve("profile.json"), profile
                .replace("\"startDate\": \"2024-05\"", "\"startDate\": \"May 2024\"")
                .replace("\"email\": \"aetiurf@gmail.com\"", "\"email\": \"aetiurf@\"")
                .replace("\"url\": \"https://github.com/chenzhuofu\"", "\"url\": \"javascript:alert(1)\"")
                .replace("\"accentColor\": \"#1d5fa7\"", "\"accentColor\": \"blue\"")
                .replace("\"date\": \"2019\"", "\"date\": \"2019-13\""));

        Maven.Run run = maven.mvnw(project, "-B", "package");

        assertNotEquals(0, run.exitCode());
        for (String pointer : List.of("/basics/email", "/basics/profiles/0/url", "/work/0/startDate",
                "/awards/6/date", "/meta/site/accentColor")) {
            assertTrue(run.output().matches("(?s).*profile\\.json:\\d+:\\d+: " + pointer + ": .*"), pointer + " in " + run.output());
        }
        assertTrue(run.output().contains("5 errors:"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
        Map<String, byte[]> after = tree(project.resolve("target/public"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
    }

    @Test
    @Order(6)
    void serveGivesALivePreviewAndCtrlCReleasesThePort() throws Exception {
        Path project = work.resolve("serve project");
        copyTree(batch, project);
        Path log = work.resolve("serve.log");
        Process serve = maven.startMvnw(project, log, "-B", "personal-site:serve", "-Dpersonal-site.port=0");
        try {
            String url = null;
            for (int i = 0; i < 240 && url == null && serve.isAlive(); i++) {
                Thread.sleep(500);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("serving (http://\\S+/)")
                        .matcher(Files.readString(log));
                url = m.find() ? m.group(1) : null;
            }
            assertTrue(url != null, "no serving line: " + Files.readString(log));
            var http = java.net.http.HttpClient.newHttpClient();
            var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Zhuofu Chen") && page.body().contains("/__personal-site/reload.js"));
            serve.destroy(); // SIGTERM, as Ctrl-C ends the JVM: shutdown hooks run
            assertTrue(serve.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            java.net.URI uri = java.net.URI.create(url);
            boolean released = false;
            try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
                released = false;
            } catch (java.net.ConnectException e) {
                released = true;
            }
            assertTrue(released, "the port is released after the preview stops");
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    @Order(7)
    void interactiveModeAsksForCoordinatesAndGeneratesTheSameProject() throws Exception {
        Path dir = Files.createDirectories(work.resolve("interactive"));
        Maven.Run run = maven.mvn(dir, "org.example\ninteractive-site\n\nY\n", archetypeGenerate(),
                "-DarchetypeGroupId=io.github.personalsite", "-DarchetypeArtifactId=personal-site-archetype",
                "-DarchetypeVersion=" + VERSION);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("Define value for property 'artifactId'"), run.output());
        Path project = dir.resolve("interactive-site");
        assertEquals(GENERATED, files(project));
        assertTrue(Files.readString(project.resolve("pom.xml")).contains("<artifactId>interactive-site</artifactId>"));
    }

    @Test
    @Order(8)
    void invalidCoordinatesStopBatchModeWithAMessageAndLeaveNoFolder() throws Exception {
        Path dir = Files.createDirectories(work.resolve("invalid"));
        Maven.Run run = maven.mvn(dir, null, "-B", archetypeGenerate(), "-DarchetypeGroupId=io.github.personalsite",
                "-DarchetypeArtifactId=personal-site-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=org.example.class", "-DartifactId=2 sites", "-Dpackage=org.3d.site");

        assertNotEquals(0, run.exitCode());
        assertTrue(run.output().contains("personal-site: cannot generate the project:"), run.output());
        assertTrue(run.output().contains("artifactId '2 sites' must start with a letter"), run.output());
        assertTrue(run.output().contains("package 'org.3d.site' is not a Java package name: '3d'"), run.output());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> !p.getFileName().toString().startsWith(".maven-")).toList(),
                    "no half-generated folder");
        }
    }

    @Test
    @Order(9)
    void aGroupIdThatCannotBeThePackageIsNamedAsSuch() throws Exception {
        Path dir = Files.createDirectories(work.resolve("keyword"));
        Maven.Run run = maven.mvn(dir, null, "-B", archetypeGenerate(), "-DarchetypeGroupId=io.github.personalsite",
                "-DarchetypeArtifactId=personal-site-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=org.example.class", "-DartifactId=site");

        assertNotEquals(0, run.exitCode());
        assertTrue(run.output().contains("groupId 'org.example.class' cannot serve as the package name, which defaults"
                + " to it: 'class'"), run.output());
        assertTrue(Files.notExists(dir.resolve("site")));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("target/")).sorted().toList();
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
