package io.github.personalsite.engine.output;

import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a project's {@code static/} folder, by path inside the site. Leaves out the folder's own
 * {@code README.md} and any symbolic link that leads outside the folder (it could publish any file of
 * the machine, ~/.ssh included); linked folders are not walked.
 */
final class StaticFiles {

    private StaticFiles() {
    }

    static Map<String, Path> collect(Path staticDir, List<Problem> warnings) throws IOException {
        Path root = staticDir.toRealPath();
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path source : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(source).toString().replace('\\', '/');
                if (relative.equals("README.md")) {
                    continue;
                }
                Path real = source.toRealPath();
                if (!real.startsWith(root)) {
                    warnings.add(ProblemKind.STATIC_LINK_OUTSIDE.at("static/" + relative, 0, 0, null, real));
                    continue;
                }
                files.put(relative, real);
            }
        }
        return files;
    }
}
