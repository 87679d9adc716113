import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.serve.PreviewServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The preview's two figures (docs/performance.md): the time from saving profile.json to the reloaded
 * page being fetched (as a browser does it: reload event, then GET), and a load check of 64 concurrent
 * connections for 10 seconds on loopback. Bounded in time and count; talks to 127.0.0.1 only.
 *
 * <p>java -cp ENGINE-CLASSPATH benchmark/PreviewBench.java SAMPLE-PROJECT
 */
public class PreviewBench {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (PreviewServer server = PreviewServer.start(BuildRequest.forProject(project), "127.0.0.1", 0, quiet)) {
            latency(server, project);
            load(server);
        }
    }

    private static void latency(PreviewServer server, Path project) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "__personal-site/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(events::add));
        events.poll(10, TimeUnit.SECONDS);
        Path profile = project.resolve("profile.json");
        String original = Files.readString(profile);
        List<Double> times = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                events.clear();
                long start = System.nanoTime();
                Files.writeString(profile, original.replace("\"label\": \"", "\"label\": \"" + i + " "));
                String line;
                do {
                    line = events.poll(10, TimeUnit.SECONDS);
                } while (line != null && !line.startsWith("event: reload"));
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (line == null || !page.body().contains(">" + i + " ")) {
                    throw new IllegalStateException("no reload after edit " + i);
                }
                times.add((System.nanoTime() - start) / 1e6);
                Thread.sleep(200);
            }
        } finally {
            Files.writeString(profile, original);
        }
        Collections.sort(times);
        System.out.printf("save to reloaded page: median %.0f ms, max %.0f ms (of %d edits)%n",
                times.get(times.size() / 2), times.get(times.size() - 1), times.size());
    }

    private static void load(PreviewServer server) throws Exception {
        List<String> paths = List.of("", "cv.html", "css/site.css", "js/theme.js", "favicon.svg", "posts/index.html",
                "missing.html");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        ExecutorService connections = Executors.newFixedThreadPool(64);
        for (int c = 0; c < 64; c++) {
            int offset = c;
            connections.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    String path = paths.get(i % paths.size());
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != (path.equals("missing.html") ? 404 : 200)) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    requests.incrementAndGet();
                }
            });
        }
        connections.shutdown();
        connections.awaitTermination(30, TimeUnit.SECONDS);
        System.out.printf("load: 64 connections, 10 s: %d requests (%.0f/s), %d errors%n", requests.get(),
                requests.get() / 10.0, errors.get());
    }
}
