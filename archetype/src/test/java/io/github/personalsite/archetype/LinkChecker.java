package io.github.personalsite.archetype;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds references inside a built site that point to no file: every href, src and srcset of every
 * page, relative ones resolved from the page, root-absolute ones ({@code /repo/css/site.css}) from the
 * server root the site is placed in. Links to other hosts, mailto: and tel: are not followed.
 */
final class LinkChecker {

    private LinkChecker() {
    }

    /**
     * @param serverRoot the folder served at {@code /}
     * @param site       the site inside it (the same folder, or one at a sub-path)
     * @return "page: reference" for each broken reference
     */
    static List<String> broken(Path serverRoot, Path site) throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile());
                for (Element element : doc.select("[href], [src], [srcset]")) {
                    for (String reference : references(element)) {
                        if (!resolves(serverRoot, page, reference)) {
                            broken.add(serverRoot.relativize(page) + ": " + reference);
                        }
                    }
                }
            }
        }
        return broken;
    }

    private static List<String> references(Element element) {
        List<String> refs = new ArrayList<>();
        for (String attribute : List.of("href", "src")) {
            if (element.hasAttr(attribute)) {
                refs.add(element.attr(attribute));
            }
        }
        if (element.hasAttr("srcset")) {
            for (String candidate : element.attr("srcset").split(",")) {
                refs.add(candidate.strip().split("\\s+")[0]);
            }
        }
        return refs;
    }

    private static boolean resolves(Path serverRoot, Path page, String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")
                || lower.startsWith("mailto:") || lower.startsWith("tel:") || reference.startsWith("#")) {
            return true;
        }
        String path = URI.create(reference.replace(" ", "%20")).getPath();
        if (path == null || path.isEmpty()) {
            return true;
        }
        Path target = path.startsWith("/")
                ? serverRoot.resolve(path.substring(1)).normalize()
                : page.getParent().resolve(path).normalize();
        if (!target.startsWith(serverRoot)) {
            return false;
        }
        return Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html"));
    }
}
