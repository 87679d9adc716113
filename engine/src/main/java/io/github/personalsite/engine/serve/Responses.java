package io.github.personalsite.engine.serve;

import com.sun.net.httpserver.HttpExchange;
import io.github.personalsite.engine.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What the preview answers: files with validators, the site's 404 page, the reload script, errors. */
final class Responses {

    private static final String INJECTED = "<script src=\"" + PreviewServer.RELOAD_SCRIPT + "\"></script>";

    private Responses() {
    }

    static void file(HttpExchange exchange, Path site, String rawPath) throws IOException {
        Optional<Path> file = SiteFiles.resolve(site, rawPath);
        if (file.isEmpty()) {
            Optional<Path> notFound = SiteFiles.resolve(site, "/404.html");
            byte[] body = notFound.isPresent() ? inject(Files.readAllBytes(notFound.get()))
                    : "<!DOCTYPE html><title>Not found</title><p>Not found".getBytes(StandardCharsets.UTF_8);
            send(exchange, 404, "text/html; charset=utf-8", body);
            return;
        }
        Path path = file.get();
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        String etag = "\"" + Long.toHexString(attributes.size()) + "-"
                + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "\"";
        String modified = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(attributes.lastModifiedTime().toInstant().atOffset(ZoneOffset.UTC));
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set("Last-Modified", modified);
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (etag.equals(ifNoneMatch) || ifNoneMatch == null && modified.equals(ifModifiedSince)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        String type = SiteFiles.type(path);
        byte[] body = Files.readAllBytes(path);
        send(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body);
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    /** The page with the reload script before its closing head tag (or at its end). */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int head = page.indexOf("</head>");
        String injected = head < 0 ? page + INJECTED : page.substring(0, head) + INJECTED + page.substring(head);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] reloadScript() {
        return ("/* personal-site preview: reloads the page after each rebuild. Never part of the built site. */\n"
                + "new EventSource('" + PreviewServer.EVENTS + "').addEventListener('reload', function () {"
                + " location.reload(); });\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The page every address shows while the project has errors: the build's messages. */
    static byte[] errorPage(List<Problem> errors) {
        StringBuilder list = new StringBuilder();
        for (Problem problem : errors) {
            list.append("<li><pre>").append(escape(problem.toString())).append("</pre></li>");
        }
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + INJECTED
                + "<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#2b0a0a;color:#fde8e8}"
                + "main{max-width:60rem;margin:0 auto;padding:2rem}h1{font-size:1.4rem}ul{padding:0;list-style:none}"
                + "pre{white-space:pre-wrap;background:#1a0505;padding:.8rem 1rem;border-radius:6px;font-size:14px}"
                + "</style></head><body><main><h1>The site was not rebuilt: " + errors.size()
                + (errors.size() == 1 ? " error" : " errors") + "</h1><ul>" + list
                + "</ul><p>Fix it and save: this page reloads by itself.</p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // A leftover temporary folder is harmless.
        }
    }
}
