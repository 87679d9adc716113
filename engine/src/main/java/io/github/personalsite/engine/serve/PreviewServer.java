package io.github.personalsite.engine.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.ChangedFiles;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.SiteBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves a project's site while it is being edited. Builds with drafts into a temporary folder (removed
 * on {@link #close()}), rebuilds when {@link ProjectWatcher} sees a change, and pushes "reload" to open
 * pages over Server-Sent Events. While the last build failed, every page is the error page.
 */
public final class PreviewServer implements AutoCloseable {

    static final String RELOAD_SCRIPT = "/__personal-site/reload.js";
    static final String EVENTS = "/__personal-site/events";

    private final BuildRequest request;
    private final Path site;
    private final HttpServer server;
    private final PrintStream console;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final ProjectWatcher watcher;
    private volatile List<Problem> errors = List.of();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** The temporary folder the site is built into. */
    Path site() {
        return site;
    }

    private PreviewServer(BuildRequest request, Path site, HttpServer server, PrintStream console) throws IOException {
        this.request = request;
        this.site = site;
        this.server = server;
        this.console = console;
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "personal-site-preview");
            t.setDaemon(true);
            return t;
        }));
        // Watching starts before the first build: an edit saved while it runs is rebuilt right after it.
        this.watcher = ProjectWatcher.start(request, this::rebuild);
        try {
            rebuild(ChangedFiles.UNKNOWN);
            server.start();
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
    }

    /**
     * Builds and serves. Port 0 picks a free one; a taken port is reported and the next free one used.
     *
     * @param host where to listen: loopback unless the owner asks otherwise
     */
    public static PreviewServer start(BuildRequest project, String host, int port, PrintStream console)
            throws IOException {
        Path site = Files.createTempDirectory("personal-site-preview-");
        BuildRequest request = new BuildRequest(project.profile(), project.profileLabel(), project.templatesDir(),
                project.staticDir(), site, null, project.postsDir(), true);
        HttpServer server = bind(host, port, console);
        if (!server.getAddress().getAddress().isLoopbackAddress()) {
            console.println("personal-site: listening on " + host + ": other machines can see this preview");
        }
        return new PreviewServer(request, site, server, console);
    }

    private static HttpServer bind(String host, int port, PrintStream console) throws IOException {
        for (int candidate = port, tries = 0; ; candidate++, tries++) {
            try {
                return HttpServer.create(new InetSocketAddress(host, candidate), 64);
            } catch (BindException e) {
                if (port == 0 || tries == 20) {
                    throw e;
                }
                console.println("personal-site: port " + candidate + " is taken, trying " + (candidate + 1));
            }
        }
    }

    /** The address pages are served at. */
    public String url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    /** Rebuilds now. Called by the watcher on every change, with the files it saw change. */
    synchronized void rebuild(ChangedFiles changes) {
        long start = System.nanoTime();
        try {
            SiteBuilder.build(request, changes);
            errors = List.of();
            console.printf("personal-site: rebuilt in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        } catch (BuildException e) {
            errors = e.errors();
            e.errors().forEach(p -> console.println("error: " + p));
        }
        notifyPages("reload");
    }

    private void notifyPages(String event) {
        byte[] message = ("event: " + event + "\ndata: " + System.currentTimeMillis() + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(message);
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
            } else if (path.equals(EVENTS)) {
                events(exchange);
            } else if (path.equals(RELOAD_SCRIPT)) {
                Responses.send(exchange, 200, "text/javascript; charset=utf-8", Responses.reloadScript());
            } else if (!errors.isEmpty()) {
                Responses.send(exchange, 500, "text/html; charset=utf-8", Responses.errorPage(errors));
            } else {
                Responses.file(exchange, site, path);
            }
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(body);
        try {
            while (listeners.contains(body) && !Thread.currentThread().isInterrupted()) {
                Thread.sleep(15_000);
                body.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException | InterruptedException e) {
            listeners.remove(body);
        }
    }

    /** Stops serving and watching, releases the port, removes the temporary site. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        watcher.close();
        server.stop(0);
        listeners.clear();
        Responses.deleteTree(site);
    }
}
