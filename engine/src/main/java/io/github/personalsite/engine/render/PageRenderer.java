package io.github.personalsite.engine.render;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Parallel;
import io.github.personalsite.engine.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.IStandardJavaScriptSerializer;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Runs the Thymeleaf templates. A template in the project's {@code templates/} folder wins over the
 * default theme's template of the same name (pages and the {@code layout} fragments alike).
 */
public final class PageRenderer {

    /** Where the default theme's templates are on the class path. */
    public static final String THEME_TEMPLATES = "io/github/personalsite/engine/theme/templates/";

    static {
        RecordPropertyAccessor.register();
        CachedInterfaceCompiler.register();
        KnownMethodAccessor.register(Record.class, SiteModel.class, Format.class, Seo.class, Icons.class,
                TagSlugs.class, InlineMarkdown.class, String.class, java.util.Collection.class, Map.class);
    }

    private static final Icons ICONS = new Icons();
    private static final TagSlugs TAGS = new TagSlugs();

    private final TemplateEngine engine = new TemplateEngine();
    private final Path templatesDir;
    private final RenderCache cache = new RenderCache();
    private final Expressions expressions = new Expressions();

    private record Key(Path templatesDir, List<String> files) {
    }

    private static final Map<Path, Map.Entry<Key, PageRenderer>> RENDERERS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The renderer of a templates folder, kept between builds in this JVM (parsed templates and rendered
     * pages are reused) until a file of the folder is added, removed or changed.
     */
    public static PageRenderer forTemplates(Path templatesDir) {
        Path dir = templatesDir == null ? Path.of("") : templatesDir.toAbsolutePath().normalize();
        Key key = new Key(dir, fingerprint(templatesDir));
        Map.Entry<Key, PageRenderer> known = RENDERERS.get(dir);
        if (known != null && known.getKey().equals(key)) {
            return known.getValue();
        }
        PageRenderer renderer = new PageRenderer(templatesDir);
        RENDERERS.put(dir, Map.entry(key, renderer));
        return renderer;
    }

    private static List<String> fingerprint(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(f -> {
                try {
                    return f + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis();
                } catch (java.io.IOException e) {
                    return f.toString();
                }
            }).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of(String.valueOf(System.nanoTime()));
        }
    }

    /** The templates and fragments parsed so far ("post", "layout [head]"; " from post" if kept per includer). */
    Set<String> parsedTemplates() {
        return engine.getCacheManager().getTemplateCache().keySet().stream()
                .map(key -> key.getTemplate() + (key.getTemplateSelectors() == null ? "" : " " + key.getTemplateSelectors())
                        + (key.getOwnerTemplate() == null ? "" : " from " + key.getOwnerTemplate()))
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Sets the template engine up (dialects, processors) ahead of the first page, and the table of HTML
     * character references its escaping builds at the first use (about 30 ms of processor time in a JVM
     * that has just started; built by the first page, it held up the other rendering thread, which
     * needed it too). Returns this renderer.
     */
    public PageRenderer warmUp() {
        engine.getConfiguration();
        org.unbescape.html.HtmlEscape.escapeHtml4Xml("<&>");
        return this;
    }

    /** @param templatesDir the project's overrides, or {@code null} for none */
    public PageRenderer(Path templatesDir) {
        this.templatesDir = templatesDir;
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(expressions);
        // The dialect would set up its JavaScript serializer, an ObjectMapper (~45 ms in a JVM that has not
        // run Jackson), with the engine; only th:inline="javascript" uses it: set up then, the same one.
        dialect.setJavaScriptSerializer((value, writer) -> JavaScript.SERIALIZER.serializeValue(value, writer));
        engine.setDialect(dialect);
        engine.setCacheManager(new SharedFragmentCache());
        int order = 1;
        if (templatesDir != null && Files.isDirectory(templatesDir)) {
            FileTemplateResolver own = configure(new FileTemplateResolver(), order++);
            own.setPrefix(templatesDir.toAbsolutePath() + "/");
            engine.addTemplateResolver(own);
        }
        ClassLoaderTemplateResolver theme = configure(new ClassLoaderTemplateResolver(
                PageRenderer.class.getClassLoader()), order);
        theme.setPrefix(THEME_TEMPLATES);
        engine.addTemplateResolver(theme);
    }

    private static <R extends AbstractConfigurableTemplateResolver> R configure(R resolver, int order) {
        resolver.setOrder(order);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        return resolver;
    }

    /** Every page of the site, by path inside the site, as UTF-8 bytes; pages are rendered in parallel. */
    public Map<String, byte[]> render(SiteModel site) throws BuildException {
        return render(site, (path, bytes) -> false, true);
    }

    /** Where pages go as soon as they are rendered (called from the rendering threads). */
    @FunctionalInterface
    public interface Sink {
        /** Takes a page; tells whether it took it for good (it will be written without the renderer's bytes). */
        boolean take(String path, byte[] bytes);
    }

    /**
     * As above, handing each page to {@code sink} as soon as it is rendered. With {@code keep}, every page
     * is kept for the next build with this renderer; without it (a JVM that builds once) nothing is kept,
     * and a page the sink took maps to {@code null} in the result, so that its bytes need not stay in memory.
     */
    public Map<String, byte[]> render(SiteModel site, Sink sink, boolean keep) throws BuildException {
        InlineMarkdown markdown = new InlineMarkdown();
        Format format = new Format(site.locale());
        Seo seo = new Seo(site);
        cache.start(site, keep);
        List<Object> rendered = Parallel.map(site.pages(), page -> {
            byte[] known = cache.get(page);
            if (known != null) {
                sink.take(page.path(), known);
                return (Object) known;
            }
            Context context = new Context(site.locale());
            context.setVariable("site", site);
            context.setVariable("profile", site.profile());
            context.setVariable("page", page);
            context.setVariable("root", site.root(page));
            context.setVariable("canonical", site.canonical(page));
            context.setVariable("md", markdown);
            context.setVariable("fmt", format);
            context.setVariable("seo", seo);
            context.setVariable("icons", ICONS);
            context.setVariable("tags", TAGS);
            page.vars().forEach(context::setVariable);
            try {
                byte[] bytes = keep ? cache.renderAndKeep(page, () -> process(page.template(), context))
                        : process(page.template(), context);
                return sink.take(page.path(), bytes) && !keep ? TAKEN : (Object) bytes;
            } catch (BuildException e) {
                return e;
            }
        });
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < rendered.size(); i++) {
            if (rendered.get(i) instanceof BuildException e) {
                throw e;
            }
            Object bytes = rendered.get(i);
            out.put(site.pages().get(i).path(), bytes == TAKEN ? null : (byte[]) bytes);
        }
        return out;
    }

    /** Each rendering thread's page buffer, reused page after page. */
    private static final ThreadLocal<Utf8Output> OUTPUT = ThreadLocal.withInitial(Utf8Output::new);

    /** Stands for a page the sink took, in the list of results (which holds no nulls). */
    private static final Object TAKEN = new Object();

    /** How many expression evaluations went to OGNL (for tests). */
    long expressionsHandedToOgnl() {
        return expressions.handedToOgnl();
    }

    /** How many pages this renderer keeps for its next build (for tests). */
    int keptPages() {
        return cache.size();
    }

    private byte[] process(String template, Context context) throws BuildException {
        try {
            Utf8Output page = OUTPUT.get().reset();
            engine.process(template, context, page);
            return page.toByteArray();
        } catch (TemplateProcessingException e) {
            String name = (e.getTemplateName() == null ? template : e.getTemplateName()) + ".html";
            String file = templatesDir != null && Files.isRegularFile(templatesDir.resolve(name))
                    ? "templates/" + name : "default theme " + name;
            String message = TemplateErrors.message(e);
            throw new BuildException(ProblemKind.TEMPLATE_ERROR.at(file, e.getLine() == null ? 0 : e.getLine(),
                    e.getCol() == null ? 0 : e.getCol(), null, message));
        }
    }

    /** Thymeleaf's serializer for JavaScript inlining, which uses Jackson when present: made on first use. */
    private static final class JavaScript {
        static final IStandardJavaScriptSerializer SERIALIZER = new StandardJavaScriptSerializer(true);

        private JavaScript() {
        }
    }
}
