package io.github.personalsite.engine.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;
import io.github.personalsite.engine.SiteLink;
import io.github.personalsite.engine.Suggestions;
import io.github.personalsite.engine.profile.SafeUrl;
import io.github.personalsite.engine.profile.SourceMap;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One post file: front matter checked key by key, body rendered. */
final class PostReader {

    /** The post, or {@code null} when it has errors; its problems; its links to paths inside the site. */
    record Result(Post post, List<Problem> problems, List<SiteLink> siteLinks) {
    }

    private static final Set<String> KEYS = Set.of("title", "date", "updated", "tags", "summary", "draft", "image",
            "external_url", "slug");

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile("([T ].*)?");

    private final String label;
    private final List<Problem> problems = new ArrayList<>();
    private final List<SiteLink> siteLinks = new ArrayList<>();
    private SourceMap map;
    private String yaml;
    private int offset;

    private PostReader(String label) {
        this.label = label;
    }

    static Result read(Path file, String label, boolean cleanHtml) {
        PostReader reader = new PostReader(label);
        Post post = reader.read(file, cleanHtml);
        boolean failed = reader.problems.stream().anyMatch(Problem::isError);
        return new Result(failed ? null : post, reader.problems, List.copyOf(reader.siteLinks));
    }

    private Post read(Path file, boolean cleanHtml) {
        String text = PostLoader.read(file, label, problems);
        if (text == null) {
            return null;
        }
        // Front matter: from a first line "---" to the next line "---" or "..."; only those lines are split.
        String yaml = "";
        int bodyStart = 0;
        if (isFence(line(text, 0), false)) {
            StringBuilder front = new StringBuilder();
            int at = next(text, 0);
            for (boolean first = true; at >= 0; first = false) {
                String line = line(text, at);
                if (isFence(line, true)) {
                    break;
                }
                front.append(first ? "" : "\n").append(line); // blank lines kept: errors keep their line
                at = next(text, at);
            }
            if (at < 0) {
                problems.add(ProblemKind.FRONT_MATTER_UNCLOSED.at(label, 1, 1, null));
                return null;
            }
            yaml = front.toString();
            int after = next(text, at);
            bodyStart = after < 0 ? text.length() : after;
        }
        offset = 1;
        JsonNode front = PostLoader.yaml(yaml, 2, label, problems);
        if (front == null) {
            return null;
        }
        if (!front.isObject()) {
            problems.add(ProblemKind.FRONT_MATTER_SYNTAX.at(label, 2, 1, null, "expected key: value lines"));
            return null;
        }
        this.yaml = yaml;
        unknownKeys(front);
        String fileName = file.getFileName().toString();
        String title = text(front, "title");
        if (title == null || title.isBlank()) {
            add(ProblemKind.NO_TITLE, front.has("title") ? "/title" : null);
        }
        LocalDate date = date(front, "date", PostLoader.dateOf(fileName));
        if (date == null && !front.has("date") && PostLoader.dateOf(fileName) == null) {
            add(ProblemKind.NO_POST_DATE, null);
        }
        LocalDate updated = date(front, "updated", null);
        List<String> tags = tags(front);
        String slug = front.has("slug") ? text(front, "slug") : PostLoader.slugOf(fileName);
        if (slug != null && slug.isEmpty() && !front.has("slug")) {
            add(ProblemKind.NO_SLUG_IN_NAME, null); // a name in Chinese, say: slugs keep a-z and digits only
        } else if (slug != null && !SLUG.matcher(slug).matches()) {
            add(ProblemKind.NOT_A_SLUG, front.has("slug") ? "/slug" : null, slug);
        }
        String image = link(front, "image", false);
        String externalUrl = link(front, "external_url", true);
        boolean draft = bool(front, "draft");
        if (problems.stream().anyMatch(Problem::isError)) {
            return null;
        }
        String body = text.substring(bodyStart);
        body = body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n");
        Markdown.Rendered rendered = Markdown.render(body);
        String page = Post.pathOf(slug);
        int from = bodyStart;
        for (String target : rendered.sitePaths()) {
            siteLinks.add(SiteLink.from(page, target, path -> bodyProblem(text, from, target, page, path)));
        }
        String html = cleanHtml && rendered.rawHtml() ? HtmlCleaner.clean(rendered.html()) : rendered.html();
        return new Post(label, slug, title.strip(), date, updated, tags, text(front, "summary"), draft, image,
                externalUrl, html, rendered.excerpt(), rendered.words(), rendered.cjkCharacters());
    }

    /** The line that starts at {@code start}, without its line end. */
    private static String line(String text, int start) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        return text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
    }

    /** Where the line after the one at {@code start} starts, or -1 when that was the last line. */
    private static int next(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? -1 : end + 1;
    }

    private static boolean isFence(String line, boolean closing) {
        String fence = line.strip();
        return fence.equals("---") || (closing && fence.equals("..."));
    }

    private void unknownKeys(JsonNode front) {
        for (Iterator<String> it = front.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                add(ProblemKind.UNKNOWN_KEY, "/" + key, key,
                        Suggestions.didYouMean(key, KEYS, "see docs/posts.md for the keys a post may have"));
            }
        }
    }

    private String text(JsonNode front, String key) {
        JsonNode value = front.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode() || value.isBoolean()) {
            add(ProblemKind.WRONG_TYPE, "/" + key, "text", value.isArray() ? "a list" : value.isObject() ? "an object" : value.asText());
            return null;
        }
        return value.asText();
    }

    private LocalDate date(JsonNode front, String key, String fallback) {
        String value = front.has(key) ? text(front, key) : fallback;
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        String day = stripped.length() >= 10 && TIME_OF_DAY.matcher(stripped.substring(10)).matches()
                ? stripped.substring(0, 10) : stripped;
        try {
            return isoDay(day);
        } catch (DateTimeException e) {
            add(ProblemKind.NOT_A_POST_DATE, front.has(key) ? "/" + key : null, value);
            return null;
        }
    }

    /**
     * YYYY-MM-DD read directly, as strictly as {@link LocalDate#parse} (which, still cold, cost more than
     * the rest of the front matter); any other shape goes to it.
     */
    static LocalDate isoDay(String day) {
        if (isDayShape(day)) {
            return LocalDate.of(Integer.parseInt(day, 0, 4, 10), Integer.parseInt(day, 5, 7, 10),
                    Integer.parseInt(day, 8, 10, 10));
        }
        return LocalDate.parse(day);
    }

    /** Whether the text has the shape YYYY-MM-DD (ASCII digits), whether or not it is a real day. */
    static boolean isDayShape(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                && digits(text, 5, 7) && digits(text, 8, 10);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private List<String> tags(JsonNode front) {
        JsonNode value = front.get("tags");
        List<String> tags = new ArrayList<>();
        if (value == null || value.isNull()) {
            return tags;
        }
        if (value.isArray()) {
            value.forEach(tag -> {
                if (tag.isValueNode() && !tag.asText().isBlank()) {
                    tags.add(tag.asText().strip());
                }
            });
        } else if (value.isTextual()) {
            for (String tag : value.asText().split(",")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
        } else {
            add(ProblemKind.WRONG_TYPE, "/tags", "a list [a, b]", "an object");
        }
        return tags;
    }

    private String link(JsonNode front, String key, boolean absolute) {
        String value = text(front, key);
        if (value == null) {
            return null;
        }
        if (!SafeUrl.isSafe(value)) {
            add(ProblemKind.UNSAFE_LINK, "/" + key, value.strip());
        } else if (absolute && !SafeUrl.isAbsoluteHttp(value)) {
            add(ProblemKind.NOT_A_URL, "/" + key, value, "write the full address, e.g. https://example.org/news");
        } else {
            SiteLink link = SiteLink.of(value, path -> problem(ProblemKind.NOT_IN_SITE, "/" + key, value.strip(), path));
            if (link != null) {
                siteLinks.add(link);
            }
        }
        return value.strip();
    }

    private boolean bool(JsonNode front, String key) {
        JsonNode value = front.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            add(ProblemKind.WRONG_TYPE, "/" + key, "true or false", value.asText());
            return false;
        }
        return value.asBoolean();
    }

    private void add(ProblemKind kind, String pointer, Object... args) {
        problems.add(problem(kind, pointer, args));
    }

    /** A problem of this post, placed at the front matter value {@code pointer} names (or its first line). */
    private Problem problem(ProblemKind kind, String pointer, Object... args) {
        SourceMap.Position at = pointer == null ? null : positions().at(pointer);
        return kind.at(label, at == null ? 1 : at.line() + offset, at == null ? 1 : at.column(), null, args);
    }

    /** A problem with a link of the body, placed where the file's text first holds its target. */
    private Problem bodyProblem(String text, int bodyStart, String target, String page, String path) {
        int at = Math.max(text.indexOf(target, bodyStart), bodyStart);
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return ProblemKind.POST_LINK_NOT_IN_SITE.at(label, line, at - lineStart + 1, null, target, page, path, path);
    }

    /** Where front matter values stand: worked out only when a problem needs a position. */
    private SourceMap positions() {
        if (map == null) {
            try {
                map = SourceMap.of(PostLoader.Yaml.MAPPER.getFactory(), yaml.isBlank() ? "{}" : yaml);
            } catch (IOException e) {
                throw new IllegalStateException("the front matter parsed once already", e);
            }
        }
        return map;
    }
}
