package io.github.personalsite.engine.output;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the site into a fresh folder next to the output folder, then swaps it in. Files of the
 * project's {@code static/} folder are copied (never moved or changed) over the generated ones, so a
 * project can replace any theme asset; its top-level {@code README.md} is left out, and so is a
 * symbolic link to a file outside {@code static/}. Nothing is written outside the output folder,
 * whatever a path says.
 */
public final class SiteWriter {

    private SiteWriter() {
    }

    /** What was written: how many files, and what deserves a warning. */
    public record Written(int files, List<Problem> warnings) {
    }

    public static Written write(Path outputDir, Map<String, byte[]> files, Path staticDir) throws BuildException {
        Path out = outputDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Path fresh = null;
        try {
            Files.createDirectories(parent);
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new BuildException(ProblemKind.OUTPUT_NOT_A_FOLDER.at(out.toString(), 0, 0, null));
            }
            fresh = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
            Set<String> written = new HashSet<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(inside(fresh, file.getKey()), file.getValue());
                written.add(file.getKey());
            }
            List<Problem> warnings = new ArrayList<>();
            if (staticDir != null && Files.isDirectory(staticDir)) {
                copyStatic(staticDir, fresh, written, warnings);
            }
            swap(fresh, out);
            fresh = null;
            return new Written(written.size(), warnings);
        } catch (IOException e) {
            throw new BuildException(ProblemKind.CANNOT_WRITE.at(out.toString(), 0, 0, null, e.toString()));
        } finally {
            if (fresh != null) {
                deleteQuietly(fresh);
            }
        }
    }

    private static void copyStatic(Path staticDir, Path fresh, Set<String> written, List<Problem> warnings)
            throws IOException {
        Path root = staticDir.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path source : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(source).toString().replace('\\', '/');
                if (relative.equals("README.md")) {
                    continue;
                }
                Path real = source.toRealPath();
                if (!real.startsWith(root)) {
                    // A link out of static/ could publish any file of the machine (~/.ssh, …).
                    warnings.add(ProblemKind.STATIC_LINK_OUTSIDE.at("static/" + relative, 0, 0, null, real));
                    continue;
                }
                Files.copy(real, inside(fresh, relative), StandardCopyOption.REPLACE_EXISTING);
                written.add(relative);
            }
        }
    }

    /** The target of a site path, refusing any path that would leave the site folder. */
    static Path inside(Path root, String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the site folder: " + relative);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    private static void swap(Path fresh, Path out) throws IOException {
        if (!Files.exists(out)) {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
        Files.delete(old);
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteQuietly(old);
    }

    static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // A leftover temporary folder is harmless; the next build makes a new one.
        }
    }
}
