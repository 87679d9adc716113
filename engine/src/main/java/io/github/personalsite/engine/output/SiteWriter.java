package io.github.personalsite.engine.output;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the site into a fresh folder next to the output folder, then swaps it in. Files of the
 * project's {@code static/} folder are copied (never moved or changed) over the generated ones, so a
 * project can replace any theme asset; its top-level {@code README.md} is left out. Nothing is
 * written outside the output folder, whatever a path says.
 */
public final class SiteWriter {

    private SiteWriter() {
    }

    /** @return how many files the site has */
    public static int write(Path outputDir, Map<String, byte[]> files, Path staticDir) throws BuildException {
        Path out = outputDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Path fresh = null;
        try {
            Files.createDirectories(parent);
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new BuildException(Problem.error(out.toString(), 0, 0, null,
                        "the output exists and is not a folder", "remove it or choose another output folder"));
            }
            fresh = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
            int count = 0;
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(inside(fresh, file.getKey()), file.getValue());
                count++;
            }
            if (staticDir != null && Files.isDirectory(staticDir)) {
                count += copyStatic(staticDir, fresh);
            }
            swap(fresh, out);
            fresh = null;
            return count;
        } catch (IOException e) {
            throw new BuildException(Problem.error(out.toString(), 0, 0, null,
                    "cannot write the site: " + e, "check that the folder is writable"));
        } finally {
            if (fresh != null) {
                deleteQuietly(fresh);
            }
        }
    }

    private static int copyStatic(Path staticDir, Path fresh) throws IOException {
        Path root = staticDir.toAbsolutePath().normalize();
        int count = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path source : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(source).toString().replace('\\', '/');
                if (relative.equals("README.md")) {
                    continue;
                }
                Path target = inside(fresh, relative);
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                count++;
            }
        }
        return count;
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
