package io.github.personalsite.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished build.
 *
 * @param outputDir where the site is
 * @param files     how many files it has
 * @param changed   how many of them this build wrote (the others had the same bytes already)
 * @param warnings  what deserves a look although the build went through
 */
public record BuildResult(Path outputDir, int files, int changed, List<Problem> warnings) {

    /** The home page, the file to open in a browser. */
    public Path index() {
        return outputDir.resolve("index.html");
    }
}
