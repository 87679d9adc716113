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
 * (OUT/hugo, with minimal equivalent templates: post page, paginated list, tag pages, feed).
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
        Files.writeString(out.resolve("ours/profile.json"), """
                {"basics": {"name": "Bench Mark", "label": "Researcher", "email": "bench@example.org",
                  "summary": "A profile for the benchmark."},
                 "meta": {"site": {"url": "https://bench.example.org/", "postsPerPage": 10}}}
                """);
        hugoSite(out.resolve("hugo"));
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
}
