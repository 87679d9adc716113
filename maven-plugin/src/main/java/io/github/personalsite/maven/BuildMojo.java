package io.github.personalsite.maven;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.BuildResult;
import io.github.personalsite.engine.SiteBuilder;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the site: {@code profile.json} + {@code templates/} + {@code static/} → {@code target/public}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends ProjectMojo {

    /** Whether draft posts are built too (off for a site to publish). */
    @Parameter(property = "personal-site.drafts", defaultValue = "false")
    private boolean drafts;

    /** Where the site is written. The folder is replaced as a whole, and only when the build succeeds. */
    @Parameter(property = "personal-site.output", defaultValue = "${project.build.directory}/public")
    private File outputDirectory;

    /**
     * Where the site is published, e.g. {@code https://you.github.io/repo/}, used when the profile sets
     * no {@code meta.site.url}. The GitHub Pages workflow sets it from the repository's Pages settings.
     */
    @Parameter(property = "personal-site.siteUrl")
    private String siteUrl;

    /** Skips the build. */
    @Parameter(property = "personal-site.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("personal-site: skipped");
            return;
        }
        BuildRequest request = request(outputDirectory.toPath(),
                siteUrl == null || siteUrl.isBlank() ? null : siteUrl.strip(), drafts);
        try {
            BuildResult result = SiteBuilder.buildOnce(request);
            result.warnings().forEach(w -> getLog().warn(w.toString()));
            getLog().info("personal-site: " + result.files() + " files in " + result.outputDir() + ", "
                    + result.changed() + " of them changed");
            getLog().info("personal-site: open " + result.index().toUri());
        } catch (BuildException e) {
            e.warnings().forEach(w -> getLog().warn(w.toString()));
            // Maven prints the message under the failed goal; the stack trace adds nothing for a site owner.
            throw new MojoFailureException("The site was not built, the previous one is unchanged. " + e.getMessage());
        }
    }
}
