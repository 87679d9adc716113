package io.github.personalsite.engine;

import io.github.personalsite.engine.content.Post;
import io.github.personalsite.engine.content.PostLoader;
import io.github.personalsite.engine.output.EarlyWrites;
import io.github.personalsite.engine.output.SiteWriter;
import io.github.personalsite.engine.output.ThemeAssets;
import io.github.personalsite.engine.profile.ProfileLoader;
import io.github.personalsite.engine.profile.SafeUrl;
import io.github.personalsite.engine.render.Favicon;
import io.github.personalsite.engine.render.Format;
import io.github.personalsite.engine.render.Images;
import io.github.personalsite.engine.render.PageRenderer;
import io.github.personalsite.engine.render.SiteFiles;
import io.github.personalsite.engine.render.SiteModel;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The whole build, in the order it happens: load and check (profile, posts) → model → render → write.
 * Work that waits for nothing runs beside the stages: the template engine sets itself up while the
 * profile loads, images and theme files are made while posts load, and pages for a new output
 * folder are written as they are rendered ({@link EarlyWrites}).
 */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    /** With {@code -Dpersonal-site.timing=true} the build prints how long each stage took, to stderr. */
    private static final boolean TIMING = Boolean.getBoolean("personal-site.timing");

    static void time(String stage, long since) {
        if (TIMING) {
            System.err.printf("personal-site: %-14s %6.1f ms%n", stage, (System.nanoTime() - since) / 1e6);
        }
    }

    /**
     * Builds the site and keeps what makes the next build of it in this JVM fast (parsed posts, rendered
     * pages, what was written): for a preview server or any program that builds again.
     */
    public static BuildResult build(BuildRequest request) throws BuildException {
        return build(request, ChangedFiles.UNKNOWN, true);
    }

    /**
     * As {@link #build(BuildRequest)}, told by a file watcher which files changed since the previous build
     * (see {@link ChangedFiles}): other posts are not looked at again.
     */
    public static BuildResult build(BuildRequest request, ChangedFiles changes) throws BuildException {
        return build(request, changes, true);
    }

    /**
     * Builds the site in a JVM that will not build it again (the command line, {@code mvn package}):
     * pages are not kept once written, which at 10,000 posts saves ~100 MB and the collector's time.
     */
    public static BuildResult buildOnce(BuildRequest request) throws BuildException {
        return build(request, ChangedFiles.UNKNOWN, false);
    }

    private static BuildResult build(BuildRequest request, ChangedFiles changes, boolean keep) throws BuildException {
        long start = System.nanoTime();
        if (request.siteUrl() != null && !SafeUrl.isAbsoluteHttp(request.siteUrl())) {
            throw new BuildException(ProblemKind.SITE_URL_NOT_ABSOLUTE.at("siteUrl parameter", 0, 0, null,
                    request.siteUrl()));
        }
        // The template engine sets itself up on the other core while this one reads the profile.
        CompletableFuture<PageRenderer> renderer = CompletableFuture.supplyAsync(
                () -> PageRenderer.forTemplates(request.templatesDir()).warmUp(), BACKGROUND);
        ProfileLoader.Loaded loaded = ProfileLoader.load(request.profile(), request.profileLabel());
        time("profile", start);
        // Images and theme files need the profile alone: made on the other core while posts load and pages render.
        CompletableFuture<Map<String, byte[]>> assets = CompletableFuture.supplyAsync(
                () -> assets(SiteModel.of(loaded.profile(), request.siteUrl(), List.of()), loaded), BACKGROUND);
        List<Problem> warnings = new ArrayList<>(loaded.warnings());
        try {
            Boolean clean = loaded.profile().meta().site().cleanPostHtml();
            PostLoader.Loaded posts = PostLoader.load(request.postsDir(), label(request), request.drafts(),
                    clean == null || clean, changes);
            warnings.addAll(posts.warnings());
            time("posts", start);
            BuildResult written = renderAndWrite(request, loaded, posts.posts(), renderer, assets, warnings, keep);
            List<Problem> all = new ArrayList<>(written.warnings());
            java.util.stream.Stream.concat(loaded.siteLinks().stream(), posts.siteLinks().stream())
                    .filter(link -> !link.isIn(written.outputDir())).forEach(link -> all.add(link.warning().get()));
            time("total", start);
            return new BuildResult(written.outputDir(), written.files(), written.changed(), all);
        } catch (BuildException e) {
            List<Problem> problems = new ArrayList<>(e.problems());
            problems.addAll(warnings);
            throw new BuildException(problems);
        }
    }

    /** How messages name the posts folder: relative to the profile's folder, as people see their project. */
    private static String label(BuildRequest request) {
        if (request.postsDir() == null) {
            return "content/posts";
        }
        Path project = request.profile().toAbsolutePath().getParent();
        Path posts = request.postsDir().toAbsolutePath().normalize();
        return (posts.startsWith(project) ? project.relativize(posts) : posts).toString().replace('\\', '/');
    }

    private static BuildResult renderAndWrite(BuildRequest request, ProfileLoader.Loaded loaded, List<Post> posts,
                                              CompletableFuture<PageRenderer> renderer,
                                              CompletableFuture<Map<String, byte[]>> assets, List<Problem> warnings,
                                              boolean keep) throws BuildException {
        long start = System.nanoTime();
        SiteModel site = SiteModel.of(loaded.profile(), request.siteUrl(), posts);
        time("model", start);
        EarlyWrites early = EarlyWrites.into(request.outputDir(), keep);
        try {
            // The sitemap, feed and the like need no page: made on the other core while pages render.
            CompletableFuture<Map<String, byte[]>> siteFiles = CompletableFuture.supplyAsync(() -> SiteFiles.of(site),
                    BACKGROUND);
            Map<String, byte[]> pages = join(renderer).render(site, early::offer, keep);
            Map<String, byte[]> files = new LinkedHashMap<>(join(assets));
            files.putAll(join(siteFiles));
            files.putAll(pages);
            time("render", start);
            SiteWriter.Written written = SiteWriter.write(request.outputDir(), files, request.staticDir(), early);
            time("write", start);
            warnings.addAll(written.warnings());
            return new BuildResult(request.outputDir().toAbsolutePath().normalize(), written.files(), written.changed(),
                    warnings);
        } catch (BuildException | RuntimeException e) {
            early.discard();
            throw e;
        }
    }

    /** The theme's files, icons and share image: what depends on the profile alone ({@code site} has no posts). */
    private static Map<String, byte[]> assets(SiteModel site, ProfileLoader.Loaded loaded) {
        String initials = new Format(site.locale()).initials(loaded.profile().basics().name());
        Map<String, byte[]> files = new LinkedHashMap<>(ThemeAssets.load());
        files.put("favicon.svg", Favicon.svg(initials, site.accentColor()));
        files.putAll(Images.of(loaded.profile().basics().name(), loaded.profile().basics().label(), initials,
                site.accentColor(), site.baseUrl() == null ? null : URI.create(site.baseUrl()).getHost()));
        return files;
    }

    /** Threads for work beside the main stages; they never keep the JVM alive. */
    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "personal-site-background");
        thread.setDaemon(true);
        return thread;
    });

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
