package io.github.personalsite.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished build.
 *
 * @param outputDir where the site is
 * @param files     how many files it has
 * @param warnings  what deserves a look although the build went through
 */
public record BuildResult(Path outputDir, int files, List<Problem> warnings) {

    /** The home page, the file to open in a browser. */
    public Path index() {
        return outputDir.resolve("index.html");
    }
}
