package io.github.personalsite.engine;

import io.github.personalsite.engine.output.SiteWriter;
import io.github.personalsite.engine.output.ThemeAssets;
import io.github.personalsite.engine.profile.ProfileLoader;
import io.github.personalsite.engine.render.Favicon;
import io.github.personalsite.engine.render.Format;
import io.github.personalsite.engine.render.PageRenderer;
import io.github.personalsite.engine.render.SiteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole build, in the order it happens: load and check → model → render → write. */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    public static BuildResult build(BuildRequest request) throws BuildException {
        ProfileLoader.Loaded loaded = ProfileLoader.load(request.profile(), request.profileLabel());

        try {
            return renderAndWrite(request, loaded);
        } catch (BuildException e) {
            List<Problem> problems = new ArrayList<>(e.problems());
            problems.addAll(loaded.warnings());
            throw new BuildException(problems);
        }
    }

    private static BuildResult renderAndWrite(BuildRequest request, ProfileLoader.Loaded loaded) throws BuildException {
        SiteModel site = SiteModel.of(loaded.profile());

        Map<String, byte[]> files = new LinkedHashMap<>(ThemeAssets.load());
        files.put("favicon.svg", Favicon.svg(new Format(site.locale()).initials(loaded.profile().basics().name()),
                site.accentColor()));
        files.putAll(new PageRenderer(request.templatesDir()).render(site));

        SiteWriter.Written written = SiteWriter.write(request.outputDir(), files, request.staticDir());
        List<Problem> warnings = new ArrayList<>(loaded.warnings());
        warnings.addAll(written.warnings());
        return new BuildResult(request.outputDir().toAbsolutePath().normalize(), written.files(), warnings);
    }
}
