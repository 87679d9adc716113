import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the benchmark corpus: N posts of about 500 words (headings, a list, a code block, a quote, a
 * table; 1 to 3 tags out of 20), the same posts laid out for personal-site (OUT/ours) and for Hugo
 * (OUT/hugo, with minimal equivalent templates: post page, paginated list, tag pages, feed), and once
 * more for Hugo with templates that write what the engine's default theme writes (OUT/hugo-full: the same
 * head tags, header, footer, post page and list items), to see what the minimal templates leave out.
 * Deterministic: the same N gives the same bytes.
 *
 * <p>java benchmark/Corpus.java OUT N
 */
public class Corpus {

    private static final String[] WORDS = ("system kernel latency throughput scheduler memory network cache "
            + "request model serving graph tensor cluster node replica storage index query compiler runtime "
            + "thread lock queue batch stream event design measure result paper student research group lab "
            + "the a of to and in for with on by from that this we our is are was were be can will").split(" ");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Random random = new Random(42);
        Path ours = Files.createDirectories(out.resolve("ours/content/posts"));
        Path hugo = Files.createDirectories(out.resolve("hugo/content/posts"));
        Path hugoFull = Files.createDirectories(out.resolve("hugo-full/content/posts"));
        Files.writeString(out.resolve("ours/profile.json"), """
                {"basics": {"name": "Bench Mark", "label": "Researcher", "email": "bench@example.org",
                  "summary": "A profile for the benchmark."},
                 "meta": {"site": {"url": "https://bench.example.org/", "postsPerPage": 10}}}
                """);
        hugoSite(out.resolve("hugo"));
        hugoSite(out.resolve("hugo-full"));
        hugoFullLayouts(out.resolve("hugo-full"));
        LocalDate start = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate date = start.plusDays(i % 9000);
            String slug = "post-" + i;
            String title = sentence(random, 4 + random.nextInt(5)).replace(".", "");
            List<String> tags = new ArrayList<>();
            int tagCount = 1 + random.nextInt(3);
            while (tags.size() < tagCount) {
                String tag = "tag" + random.nextInt(20);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            String summary = sentence(random, 14);
            String body = body(random);
            String front = "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntags: [" + String.join(", ", tags)
                    + "]\nsummary: \"" + summary + "\"\n---\n\n";
            Files.writeString(ours.resolve(date + "-" + slug + ".md"), front + body);
            Files.writeString(hugo.resolve(slug + ".md"), front + body);
            Files.writeString(hugoFull.resolve(slug + ".md"), front + body);
        }
    }

    private static String body(Random r) {
        StringBuilder md = new StringBuilder();
        md.append(paragraph(r, 60)).append("\n\n## ").append(sentence(r, 3).replace(".", "")).append("\n\n")
                .append(paragraph(r, 70)).append("\n\n");
        for (int i = 0; i < 4; i++) {
            md.append("- ").append(sentence(r, 8)).append('\n');
        }
        md.append('\n').append(paragraph(r, 60)).append("\n\n```java\n")
                .append("for (int i = 0; i < n; i++) {\n    total += values[i] * weight;\n}\n```\n\n")
                .append("> ").append(sentence(r, 18)).append("\n\n## ").append(sentence(r, 2).replace(".", ""))
                .append("\n\n| setting | latency (ms) | throughput |\n|---|---|---|\n");
        for (int i = 0; i < 4; i++) {
            md.append("| ").append(WORDS[r.nextInt(WORDS.length)]).append(" | ").append(r.nextInt(100))
                    .append(" | ").append(r.nextInt(10000)).append(" |\n");
        }
        md.append('\n').append(paragraph(r, 80)).append("\n\n").append(paragraph(r, 80)).append('\n');
        return md.toString();
    }

    private static String paragraph(Random r, int words) {
        StringBuilder p = new StringBuilder();
        while (words > 0) {
            int n = Math.min(words, 8 + r.nextInt(10));
            p.append(sentence(r, n)).append(' ');
            words -= n;
        }
        return p.toString().strip();
    }

    private static String sentence(Random r, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < words ? " " : ".");
        }
        return s.toString();
    }

    private static void hugoSite(Path site) throws IOException {
        Files.writeString(site.resolve("config.toml"), """
                baseURL = "https://bench.example.org/"
                title = "Bench Mark"
                languageCode = "en"
                paginate = 10
                [outputs]
                  home = ["HTML", "RSS"]
                  section = ["HTML"]
                  taxonomy = ["HTML"]
                  term = ["HTML"]
                  page = ["HTML"]
                [taxonomies]
                  tag = "tags"
                """);
        Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(layouts.resolve("baseof.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} – {{ .Site.Title }}</title><meta name="description" content="{{ .Summary | plainify | truncate 160 }}">
                <link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
                <link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | relURL }}"></head>
                <body><header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a>
                <nav><a href="{{ "" | relURL }}">Home</a> <a href="{{ "posts/" | relURL }}">Posts</a></nav></header>
                <main>{{ block "main" . }}{{ end }}</main><footer>© {{ .Site.Title }}</footer></body></html>
                """);
        Files.writeString(layouts.resolve("single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 Jan 2006" }}</time> · {{ .ReadingTime }} min read</p>
                <ul>{{ range .Params.tags }}<li><a href="{{ (printf "tags/%s/" (urlize .)) | relURL }}">{{ . }}</a></li>{{ end }}</ul>
                {{ .Content }}</article>
                <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>{{ end }}
                """);
        Files.writeString(layouts.resolve("list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ $pager := .Paginate .Pages }}
                {{ range $pager.Pages }}<article><p>{{ .Date.Format "2 Jan 2006" }}</p><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                <p>{{ .Params.summary }}</p></article>{{ end }}
                <nav>{{ with $pager.Prev }}<a href="{{ .URL }}">Newer</a>{{ end }} Page {{ $pager.PageNumber }} of {{ $pager.TotalPages }}
                {{ with $pager.Next }}<a href="{{ .URL }}">Older</a>{{ end }}</nav>{{ end }}
                """);
        Files.writeString(site.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1><h2>News</h2>
                {{ range first 5 (where .Site.RegularPages "Section" "posts") }}<p>{{ .Date.Format "2 Jan 2006" }}
                <a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}{{ end }}
                """);
        Path css = Files.createDirectories(site.resolve("static/css"));
        Files.writeString(css.resolve("site.css"), "body { font-family: system-ui; max-width: 46rem; margin: 0 auto; }\n");
    }

    /**
     * Templates for Hugo that write the pages the engine's default theme writes, tag for tag where they can.
     * A listed post is a cached partial ({@code partialCached}, as Hugo's documentation advises for a partial
     * that renders the same for every page): its links are absolute paths, so one rendering serves every
     * list that holds the post.
     */
    private static void hugoFullLayouts(Path site) throws IOException {
        Path layouts = site.resolve("layouts");
        Files.writeString(site.resolve("config.toml"), Files.readString(site.resolve("config.toml"))
                .replace("paginate = 10\n", "paginate = 10\n[params]\n  description = \"A profile for the benchmark.\"\n"));
        Files.writeString(layouts.resolve("_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta http-equiv="Content-Security-Policy"
                        content="default-src 'none'; script-src 'self' file:; style-src 'self' file: 'sha256-o8Wm6ZzP0n1VStcI8Xsx81FIGrXI/dSWKYOLOTTlv/g='; img-src 'self' file: https:; font-src 'self' file:; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'">
                  {{- $title := cond .IsHome .Site.Title (printf "%s – %s" .Title .Site.Title) }}
                  {{- $desc := .Site.Params.description }}{{ if eq .Kind "page" }}{{ with .Params.summary }}{{ $desc = . | plainify | truncate 160 }}{{ else }}{{ $desc = .Summary | plainify | truncate 160 }}{{ end }}{{ end }}
                  <title>{{ $title }}</title>
                  <meta name="description" content="{{ $desc }}">
                  <link rel="canonical" href="{{ .Permalink }}">
                  <meta name="theme-color" content="#1d5fa7">
                  <meta name="color-scheme" content="light dark">
                  <meta name="generator" content="hugo">
                  <meta property="og:type" content="{{ if .IsHome }}profile{{ else if eq .Kind "page" }}article{{ else }}website{{ end }}">
                  <meta property="og:title" content="{{ $title }}">
                  <meta property="og:description" content="{{ $desc }}">
                  <meta property="og:site_name" content="{{ .Site.Title }}">
                  <meta property="og:url" content="{{ .Permalink }}">
                  <meta property="og:locale" content="en">
                  {{- if eq .Kind "page" }}
                  <meta property="article:published_time" content="{{ .Date.Format "2006-01-02" }}">
                  {{ range .Params.tags }}<meta property="article:tag" content="{{ . }}">{{ end }}
                  {{- end }}
                  <meta property="og:image" content="{{ "og-image.png" | absURL }}">
                  <meta property="og:image:width" content="1200">
                  <meta property="og:image:height" content="630">
                  <meta property="og:image:alt" content="{{ .Site.Title }}">
                  <meta name="twitter:card" content="summary_large_image">
                  <meta name="twitter:title" content="{{ $title }}">
                  <meta name="twitter:description" content="{{ $desc }}">
                  <meta name="twitter:image" content="{{ "og-image.png" | absURL }}">
                  <link rel="icon" href="{{ "favicon.ico" | relURL }}" sizes="32x32">
                  <link rel="icon" href="{{ "favicon.svg" | relURL }}" type="image/svg+xml">
                  <link rel="apple-touch-icon" href="{{ "apple-touch-icon.png" | relURL }}">
                  <link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | relURL }}" title="{{ .Site.Title }}">
                  <link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
                  <style>:root{--accent:#1d5fa7}</style>
                  <script src="{{ "js/theme.js" | relURL }}"></script>
                </head>
                <body>
                <a class="skip-link" href="#main">Skip to content</a>
                <header class="site-header">
                  <div class="wrap">
                    <a class="site-title" href="{{ "" | relURL }}">{{ .Site.Title }}</a>
                    <nav aria-label="Main">
                      <ul>
                        {{- $here := .RelPermalink }}
                        {{- range slice (slice "Home" "/") (slice "CV" "/cv/") (slice "Posts" "/posts/") }}
                        <li>
                          <a href="{{ index . 1 | relURL }}"{{ if eq (index . 1) $here }} aria-current="page"{{ end }}>{{ index . 0 }}</a>
                        </li>
                        {{- end }}
                      </ul>
                      <button type="button" id="theme-toggle" class="theme-toggle" aria-pressed="false" hidden>
                        <span class="visually-hidden">Dark mode</span>
                        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
                             stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 3a6 6 0 0 0 9 9 9 9 0 1 1-9-9Z"/></svg>
                      </button>
                    </nav>
                  </div>
                </header>
                {{ block "main" . }}{{ end }}
                <footer class="site-footer">
                  <div class="wrap">
                    <p>© <span>{{ .Site.Title }}</span>
                      · Built with Hugo</p>
                  </div>
                </footer>
                </body>
                </html>
                """);
        Files.writeString(layouts.resolve("_default/single.html"), """
                {{ define "main" }}<main id="main" class="wrap post">
                  <article>
                    <h1>{{ .Title }}</h1>
                    <p class="post-meta">
                      <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 Jan 2006" }}</time>
                      · <span>{{ .ReadingTime }} min read</span>
                    </p>
                    {{- with .Params.tags }}
                    <ul class="tags">
                      {{- range . }}
                      <li><a href="{{ (printf "tags/%s/" (urlize .)) | relURL }}">{{ . }}</a></li>
                      {{- end }}
                    </ul>
                    {{- end }}
                    <div class="prose">{{ .Content }}</div>
                  </article>
                  <nav class="post-nav" aria-label="More posts">
                    {{- with .NextInSection }}
                    <a class="newer" href="{{ .RelPermalink }}"><span>Newer</span> <span>{{ .Title }}</span></a>
                    {{- end }}
                    {{- with .PrevInSection }}
                    <a class="older" href="{{ .RelPermalink }}"><span>Older</span> <span>{{ .Title }}</span></a>
                    {{- end }}
                  </nav>
                </main>{{ end }}
                """);
        Files.writeString(layouts.resolve("_default/list.html"), """
                {{ define "main" }}<main id="main" class="wrap posts">
                  <h1>{{ .Title }}</h1>
                  {{- if eq .Kind "term" }}
                  {{- range .Pages }}{{ partialCached "item.html" . .RelPermalink }}{{ end }}
                  {{- else }}
                  {{- $pager := .Paginate .Pages }}
                  {{- range $pager.Pages }}{{ partialCached "item.html" . .RelPermalink }}{{ end }}
                  <nav class="pagination" aria-label="Pages of posts">
                    {{- with $pager.Prev }}<a href="{{ .URL }}">Newer posts</a>{{ end }}
                    <span>Page {{ $pager.PageNumber }} of {{ $pager.TotalPages }}</span>
                    {{- with $pager.Next }}<a href="{{ .URL }}">Older posts</a>{{ end }}
                  </nav>
                  {{- end }}
                </main>{{ end }}
                """);
        Files.writeString(layouts.resolve("index.html"), """
                {{ define "main" }}<main id="main" class="wrap home">
                  <h1>{{ .Site.Title }}</h1>
                  <section><h2>News</h2>
                  {{- range first 5 (where .Site.RegularPages "Section" "posts") }}{{ partialCached "item.html" . .RelPermalink }}{{ end }}
                  </section>
                </main>{{ end }}
                """);
        Files.createDirectories(layouts.resolve("partials"));
        Files.writeString(layouts.resolve("partials/item.html"), """
                <article class="post-item">
                  <p class="when"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 Jan 2006" }}</time></p>
                  <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                  {{- with .Params.summary }}
                  <p class="summary">{{ . | markdownify }}</p>
                  {{- end }}
                  {{- with .Params.tags }}
                  <ul class="tags">
                    {{- range . }}
                    <li><a href="{{ (printf "tags/%s/" (urlize .)) | relURL }}">{{ . }}</a></li>
                    {{- end }}
                  </ul>
                  {{- end }}
                </article>
                """);
    }
}
