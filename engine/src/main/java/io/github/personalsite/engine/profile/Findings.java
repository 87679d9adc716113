package io.github.personalsite.engine.profile;

import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;
import io.github.personalsite.engine.SiteLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one profile, placed by the source map, sorted errors first, then by position. */
final class Findings {

    private static final Comparator<Problem> ORDER = Comparator.comparing((Problem p) -> !p.isError())
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    private final String file;
    private final SourceMap map;
    private final List<Problem> problems = new ArrayList<>();
    private final List<SiteLink> siteLinks = new ArrayList<>();

    Findings(String file, SourceMap map, List<Problem> earlier) {
        this.file = file;
        this.map = map;
        this.problems.addAll(earlier);
    }

    SourceMap map() {
        return map;
    }

    String file() {
        return file;
    }

    void add(ProblemKind kind, String pointer, Object... args) {
        SourceMap.Position at = map.at(pointer);
        problems.add(kind.at(file, at.line(), at.column(), pointer, args));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    /** Notes a link at {@code pointer}; kept if it names a path inside the site. */
    void link(String pointer, String target) {
        SiteLink link = SiteLink.of(target, path -> {
            SourceMap.Position at = map.at(pointer);
            return ProblemKind.NOT_IN_SITE.at(file, at.line(), at.column(), pointer, target.strip(), path);
        });
        if (link != null) {
            siteLinks.add(link);
        }
    }

    List<SiteLink> siteLinks() {
        return List.copyOf(siteLinks);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    List<Problem> sorted() {
        return problems.stream().sorted(ORDER).toList();
    }
}
