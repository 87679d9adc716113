package io.github.personalsite.engine.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.ChangedFiles;
import io.github.personalsite.engine.Parallel;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;
import io.github.personalsite.engine.SiteLink;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/posts/*.md}: every file once, in parallel. Reports every problem of every post
 * at once ({@code content/posts/FILE.md:LINE:COLUMN: message}) and fails when any is an error;
 * otherwise returns the posts newest first, drafts only when asked for.
 */
public final class PostLoader {

    /** The posts, newest first, and what deserves a warning. */
    public record Loaded(List<Post> posts, List<Problem> warnings, List<SiteLink> siteLinks) {
    }

    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("(^-+|-+$)");
    private static final Comparator<Post> NEWEST_FIRST = (a, b) -> {
        int byDate = b.date().compareTo(a.date());
        return byDate != 0 ? byDate : a.slug().compareTo(b.slug());
    };
    private static final Comparator<Problem> ORDER = Comparator.comparing((Problem p) -> !p.isError())
            .thenComparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    private PostLoader() {
    }

    /**
     * @param postsDir      {@code content/posts}; absent means no posts
     * @param label         how messages name that folder, e.g. {@code content/posts}
     * @param includeDrafts whether drafts are kept (preview) or skipped (build)
     * @param cleanHtml     whether raw HTML is cleaned of scripts and event handlers
     */
    public static Loaded load(Path postsDir, String label, boolean includeDrafts, boolean cleanHtml)
            throws BuildException {
        return load(postsDir, label, includeDrafts, cleanHtml, ChangedFiles.UNKNOWN);
    }

    /** As above; a post read before whose file is not among {@code changes} is taken from memory unchecked. */
    public static Loaded load(Path postsDir, String label, boolean includeDrafts, boolean cleanHtml,
                              ChangedFiles changes) throws BuildException {
        if (postsDir == null || !Files.isDirectory(postsDir)) {
            return new Loaded(List.of(), List.of(), List.of());
        }
        Path dir = postsDir.toAbsolutePath();
        List<String> names; // sorted as names: comparing whole absolute paths was a third of a warm rebuild's reading
        try (Stream<Path> list = Files.list(dir)) {
            names = list.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new BuildException(ProblemKind.FILE_UNREADABLE.at(label, 0, 0, null, String.valueOf(e.getMessage())));
        }
        List<PostReader.Result> results = Parallel.map(names,
                name -> cached(dir.resolve(name), label + "/" + name, cleanHtml, changes));

        List<Problem> problems = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        List<Post> posts = new ArrayList<>();
        List<SiteLink> siteLinks = new ArrayList<>();
        for (PostReader.Result result : results) {
            if (result == null) {
                continue;
            }
            problems.addAll(result.problems());
            Post post = result.post();
            if (post == null) {
                continue;
            }
            String first = slugs.putIfAbsent(post.slug(), post.file());
            if (first != null) {
                problems.add(ProblemKind.DUPLICATE_SLUG.at(post.file(), 1, 1, null, post.slug(), first));
            } else if (includeDrafts || !post.draft()) {
                posts.add(post);
                siteLinks.addAll(result.siteLinks());
            }
        }
        problems.sort(ORDER);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new BuildException(problems);
        }
        posts.sort(NEWEST_FIRST);
        return new Loaded(List.copyOf(posts), problems, List.copyOf(siteLinks));
    }

    /** A file as last read: same path, size, modification time and settings give the same result. */
    private record FileKey(Path file, long size, java.nio.file.attribute.FileTime modified, String label, boolean clean) {
    }

    /** What a file gave; {@code link}: it is a symbolic link, whose target can change without an event. */
    private record Cached(FileKey key, boolean link, PostReader.Result result) {
    }

    private static final Map<Path, Cached> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The post of a file, read again only when the file changed: a preview rebuilding a 10,000-post site
     * after one edit reads one file, and asks the file system about that one only when a watcher says
     * which changed. The cache holds the posts of the last builds in this JVM. A folder named like a
     * post gives {@code null}.
     */
    private static PostReader.Result cached(Path file, String label, boolean cleanHtml, ChangedFiles changes) {
        Cached cached = CACHE.get(file);
        if (cached != null && !cached.link() && !changes.mayHaveChanged(file) && cached.key().label().equals(label)
                && cached.key().clean() == cleanHtml) {
            return cached.result();
        }
        FileKey key;
        boolean link;
        try {
            var attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            link = attributes.isSymbolicLink();
            if (link) {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            }
            if (!attributes.isRegularFile()) {
                return null;
            }
            key = new FileKey(file, attributes.size(), attributes.lastModifiedTime(), label, cleanHtml);
        } catch (IOException e) {
            return PostReader.read(file, label, cleanHtml);
        }
        if (cached != null && cached.key().equals(key)) {
            return cached.result();
        }
        PostReader.Result result = PostReader.read(file, label, cleanHtml);
        CACHE.put(key.file(), new Cached(key, link, result));
        return result;
    }

    /** The slug a file name gives: "2024-05-01-Hello, World!.md" → "hello-world". */
    static String slugOf(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".md".length());
        Matcher dated = DATED_NAME.matcher(base);
        return slugify(dated.matches() ? dated.group(2) : base);
    }

    static String slugify(String text) {
        String plain = MARKS.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)).replaceAll("");
        return EDGES.matcher(OTHER.matcher(plain.toLowerCase(java.util.Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    /** The date a file name starts with, or {@code null}. */
    static String dateOf(String fileName) {
        Matcher dated = DATED_NAME.matcher(fileName);
        return dated.matches() ? dated.group(1) : null;
    }

    static String read(Path file, String label, List<Problem> problems) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            problems.add(ProblemKind.INVALID_UTF8.at(label, 0, 0, null, "(not UTF-8)"));
        } catch (IOException e) {
            problems.add(ProblemKind.FILE_UNREADABLE.at(label, 0, 0, null, String.valueOf(e.getMessage())));
        }
        return null;
    }

    static JsonNode yaml(String text, int firstLine, String label, List<Problem> problems) {
        JsonNode plain = PlainFrontMatter.parse(text);
        if (plain != null) {
            return plain;
        }
        try {
            JsonNode node = Yaml.MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? Yaml.MAPPER.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
            problems.add(ProblemKind.FRONT_MATTER_SYNTAX.at(label, at == null ? firstLine : at.getLineNr() + firstLine - 1,
                    at == null ? 1 : Math.max(1, at.getColumnNr()), null, message));
            return null;
        }
    }

    /** The YAML parser, set up the first time a post's front matter needs it (few do, see PlainFrontMatter). */
    static final class Yaml {
        static final YAMLMapper MAPPER = new YAMLMapper();

        private Yaml() {
        }
    }
}
