package io.github.personalsite.engine.render;

import io.github.personalsite.engine.profile.Award;
import io.github.personalsite.engine.profile.Basics;
import io.github.personalsite.engine.profile.Education;
import io.github.personalsite.engine.profile.Profile;
import io.github.personalsite.engine.profile.Project;
import io.github.personalsite.engine.profile.Publication;
import io.github.personalsite.engine.profile.Work;

/**
 * The profile as Markdown-flavoured plain text ({@code llms.txt}): what a language model or a person
 * with a terminal reads instead of the pages.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(SiteModel site) {
        Profile p = site.profile();
        Basics b = p.basics();
        Format fmt = new Format(site.locale());
        StringBuilder out = new StringBuilder("# ").append(b.name()).append("\n\n");
        line(out, "> ", b.label());
        line(out, "", b.summary());
        out.append('\n');
        line(out, "- E-mail: ", b.email());
        line(out, "- Web: ", b.url());
        b.profiles().forEach(s -> line(out, "- " + s.network() + ": ", s.url() != null ? s.url() : s.username()));
        if (site.baseUrl() != null) {
            out.append("- CV: ").append(site.baseUrl()).append("cv.html\n");
        }
        if (b.researchInterests() != null) {
            out.append("\n## Research interests\n\n").append(b.researchInterests()).append('\n');
        }
        if (!p.education().isEmpty()) {
            out.append("\n## Education\n\n");
            for (Education e : p.education()) {
                out.append("- ").append(fmt.join(", ", java.util.Arrays.asList(e.institution(), e.location())))
                        .append(": ").append(fmt.join(" ", java.util.Arrays.asList(e.studyType(), e.area(), e.program())))
                        .append(" (").append(fmt.range(e.startDate(), e.endDate())).append(')');
                if (e.score() != null) {
                    out.append(", GPA ").append(e.score());
                }
                if (e.ranking() != null) {
                    out.append(", ranking ").append(e.ranking());
                }
                out.append('\n');
            }
        }
        if (!p.work().isEmpty()) {
            out.append("\n## Experience\n");
            for (Work w : p.work()) {
                out.append("\n### ").append(fmt.join(", ", java.util.Arrays.asList(w.group(), w.name())))
                        .append("\n\n").append(w.position() == null ? "" : w.position());
                if (!w.advisors().isEmpty()) {
                    out.append(", advised by ").append(fmt.names(w.advisors()));
                }
                out.append(" (").append(fmt.range(w.startDate(), w.endDate())).append(")\n\n");
                w.highlights().forEach(h -> out.append("- ").append(h).append('\n'));
            }
        }
        if (!p.projects().isEmpty()) {
            out.append("\n## Projects\n");
            for (Project x : p.projects()) {
                out.append("\n### ").append(x.name()).append("\n\n");
                line(out, "", x.description());
                x.highlights().forEach(h -> out.append("- ").append(h).append('\n'));
                if (!x.codeSize().isEmpty()) {
                    out.append("- ").append(fmt.codeSizes(x.codeSize())).append('\n');
                }
            }
        }
        if (!p.publications().isEmpty()) {
            out.append("\n## Publications\n\n");
            for (Publication x : p.publications()) {
                out.append("- ").append(x.name()).append(x.publisher() == null ? "" : ", " + x.publisher())
                        .append(x.releaseDate() == null ? "" : " (" + fmt.date(x.releaseDate()) + ")").append('\n');
            }
        }
        if (!p.awards().isEmpty()) {
            out.append("\n## Awards\n\n");
            for (Award a : p.awards()) {
                out.append("- ").append(a.title()).append(a.rank() == null ? "" : " (" + a.rank() + ")")
                        .append(a.awarder() == null ? "" : ", " + a.awarder())
                        .append(a.date() == null ? "" : ", " + fmt.date(a.date())).append('\n');
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String prefix, String value) {
        if (value != null && !value.isBlank()) {
            out.append(prefix).append(value.strip()).append('\n');
        }
    }
}
