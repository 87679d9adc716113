package io.github.personalsite.engine.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    @TempDir
    Path project;
    PreviewServer server;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        TestSites.sampleProfile(project);
        Path posts = Files.createDirectories(project.resolve("content/posts"));
        Files.writeString(posts.resolve("2024-01-01-hello.md"), "---\ntitle: Hello\n---\nFirst post.\n");
        Files.writeString(posts.resolve("2024-02-01-wip.md"), "---\ntitle: Work in progress\ndraft: true\n---\nSoon.\n");
        server = PreviewServer.start(BuildRequest.forProject(project), "127.0.0.1", 0,
                new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url()).resolve(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written by hand, so the path reaches the server exactly as sent. */
    private String raw(String path) throws Exception {
        URI url = URI.create(server.url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesPagesWithTypeCharsetTheReloadScriptAndDrafts() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(home.body().contains("<h1>Zhuofu Chen</h1>"));
        assertTrue(home.body().contains("<script src=\"/__personal-site/reload.js\"></script></head>"));
        assertEquals("text/css; charset=utf-8", get("/css/site.css").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("image/svg+xml", get("/favicon.svg").headers().firstValue("Content-Type").orElseThrow());
        assertEquals(200, get("/posts/").statusCode(), "a folder answers with its index.html");
        assertEquals(200, get("/posts/wip.html").statusCode(), "drafts are shown in preview");
        assertFalse(Files.readString(server.site().resolve("index.html")).contains("reload.js"),
                "the built files never contain the reload script");
    }

    @Test
    void missingPagesGetTheSites404WithStatus404() throws Exception {
        HttpResponse<String> missing = get("/no/such/page.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
    }

    @Test
    void requestsOutsideTheSiteAreAnswered404AndNeverRead() throws Exception {
        for (String path : List.of("/../profile.json", "/%2e%2e/profile.json", "/%2E%2E%2Fprofile.json",
                "/posts/../../profile.json", "/..%2f..%2fprofile.json", "//etc/passwd", "/%00", "/posts/%2e%2e/%2e%2e/x")) {
            String response = raw(path);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + ": " + response);
            assertFalse(response.contains("aetiurf@gmail.com\"") && response.contains("\"basics\""), path);
            assertFalse(response.contains("root:x:0:0"), path);
        }
    }

    @Test
    void symbolicLinksOutOfTheSiteAreNotFollowed(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(server.site().resolve("leak.txt"), outside.resolve("secret.txt"));
        assertTrue(SiteFiles.resolve(server.site(), "/leak.txt").isEmpty());
        assertEquals(404, get("/leak.txt").statusCode());
    }

    @Test
    void headAndConditionalGetWork() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(server.url() + "cv.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        String etag = head.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/cv.html", "If-None-Match", etag).statusCode());
        String modified = head.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get("/cv.html", "If-Modified-Since", modified).statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(server.url())).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aSavedChangeReloadsOpenPagesAndABrokenProfileShowsItsErrorsUntilFixed() throws Exception {
        BlockingQueue<String> events = reloadEvents();

        Path profile = project.resolve("profile.json");
        String good = Files.readString(profile);
        Files.writeString(profile, good.replace("Zhuofu Chen", "Zhuofu C."));
        assertEquals("event: reload", nextEvent(events));
        assertTrue(get("/").body().contains("<h1>Zhuofu C.</h1>"));

        Files.writeString(profile, good.replace("\"basics\": {", "\"basics\": {,"));
        assertEquals("event: reload", nextEvent(events));
        HttpResponse<String> broken = get("/cv.html");
        assertEquals(500, broken.statusCode());
        assertTrue(broken.body().contains("profile.json:3:14: invalid JSON") || broken.body().contains("profile.json:"),
                broken.body());
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("error: profile.json:"));

        Files.writeString(profile, good);
        assertEquals("event: reload", nextEvent(events));
        assertEquals(200, get("/").statusCode());
    }

    @Test
    void anEditorThatSavesThroughATemporaryFileAndARenameTriggersOneReload() throws Exception {
        BlockingQueue<String> events = reloadEvents();

        Path post = project.resolve("content/posts/2024-01-01-hello.md");
        Path swap = project.resolve("content/posts/.hello.md.swp");
        Files.writeString(swap, "---\ntitle: Hello again\n---\nSecond version.\n");
        Files.move(swap, post, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        assertEquals("event: reload", nextEvent(events));
        assertTrue(get("/posts/hello.html").body().contains("Second version."));
    }

    @Test
    void postsSavedInPlaceOneAfterAnotherEachShowAfterTheirReload() throws Exception {
        BlockingQueue<String> events = reloadEvents();

        Path hello = project.resolve("content/posts/2024-01-01-hello.md");
        Files.writeString(hello, "---\ntitle: Hello\n---\nEdited once.\n");
        assertEquals("event: reload", nextEvent(events));
        assertTrue(get("/posts/hello.html").body().contains("Edited once."));

        Path wip = project.resolve("content/posts/2024-02-01-wip.md");
        Files.writeString(wip, "---\ntitle: Work in progress\ndraft: true\n---\nAlmost there.\n");
        assertEquals("event: reload", nextEvent(events));
        assertTrue(get("/posts/wip.html").body().contains("Almost there."));
        assertTrue(get("/posts/hello.html").body().contains("Edited once."), "the other post keeps its edit");
    }

    /** The lines of the reload event stream, once the server said it is connected. */
    private BlockingQueue<String> reloadEvents() throws InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "__personal-site/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(events::add));
        assertEquals(": connected", events.poll(10, TimeUnit.SECONDS));
        return events;
    }

    private static String nextEvent(BlockingQueue<String> events) throws InterruptedException {
        String line;
        do {
            line = events.poll(20, TimeUnit.SECONDS);
        } while (line != null && !line.startsWith("event:"));
        return line;
    }

    @Test
    void aTakenPortIsReportedAndTheNextOneUsed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PreviewServer other = PreviewServer.start(BuildRequest.forProject(project), "127.0.0.1", port,
                    new PrintStream(out, true, StandardCharsets.UTF_8))) {
                assertTrue(out.toString(StandardCharsets.UTF_8).contains("port " + port + " is taken"));
                assertFalse(other.url().endsWith(":" + port + "/"), other.url());
            }
        }
    }

    @Test
    void closingReleasesThePortAndRemovesTheTemporarySite() throws Exception {
        URI url = URI.create(server.url());
        Path site = server.site();
        server.close();
        assertFalse(Files.exists(site));
        boolean refused = false;
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(2000);
        } catch (ConnectException e) {
            refused = true;
        }
        assertTrue(refused, "the port is released");
    }
}
