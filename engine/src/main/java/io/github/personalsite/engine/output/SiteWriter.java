package io.github.personalsite.engine.output;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Brings the output folder to the new site: writes a file only when its bytes changed (so a rebuild of
 * an unchanged site touches nothing and hosts' caches keep their validators), copies the project's
 * {@code static/} files over the generated ones, and removes files that are no longer part of the site.
 * Everything is rendered and every path checked before the first byte is written, so a build that fails
 * on its input leaves the previous site as it was. Each file is replaced atomically (written beside its
 * target, then renamed). Nothing is written outside the output folder, whatever a path says; a
 * symbolic link in {@code static/} that leads outside it is skipped with a warning.
 */
public final class SiteWriter {

    /** What was written: how many files the site has, how many changed, and what deserves a warning. */
    public record Written(int files, int changed, List<Problem> warnings) {
    }

    private static final int WRITERS = 8;

    private SiteWriter() {
    }

    public static Written write(Path outputDir, Map<String, byte[]> generated, Path staticDir) throws BuildException {
        Path out = outputDir.toAbsolutePath().normalize();
        List<Problem> warnings = new ArrayList<>();
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new BuildException(ProblemKind.OUTPUT_NOT_A_FOLDER.at(out.toString(), 0, 0, null));
            }
            Map<Path, Source> plan = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> file : generated.entrySet()) {
                plan.put(inside(out, file.getKey()), new Source(file.getValue(), null));
            }
            if (staticDir != null && Files.isDirectory(staticDir)) {
                StaticFiles.collect(staticDir, warnings).forEach((relative, source) ->
                        plan.put(unchecked(out, relative), new Source(null, source)));
            }
            Files.createDirectories(out);
            for (Path folder : plan.keySet().stream().map(Path::getParent).distinct().toList()) {
                Files.createDirectories(folder);
            }
            AtomicInteger changed = new AtomicInteger();
            List<Map.Entry<Path, Source>> entries = List.copyOf(plan.entrySet());
            // Creating files waits on the disk more than on the CPU: more writers than cores keep it busy.
            ForkJoinPool writers = new ForkJoinPool(WRITERS);
            try {
                writers.submit(() -> entries.parallelStream().forEach(entry -> {
                    if (update(entry.getKey(), entry.getValue())) {
                        changed.incrementAndGet();
                    }
                })).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the site", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException u) {
                    throw u;
                }
                throw new IOException(e.getCause());
            } finally {
                writers.shutdown();
            }
            removeStale(out, plan.keySet());
            return new Written(plan.size(), changed.get(), warnings);
        } catch (IOException | UncheckedIOException e) {
            throw new BuildException(ProblemKind.CANNOT_WRITE.at(out.toString(), 0, 0, null, e.toString()));
        }
    }

    /** Bytes rendered by the build, or a file of {@code static/} to copy. */
    private record Source(byte[] bytes, Path file) {
        byte[] read() throws IOException {
            return bytes != null ? bytes : Files.readAllBytes(file);
        }
    }

    /**
     * Writes the target when its bytes differ; tells whether it did. A new file is written in place; an
     * existing one is replaced by a rename, so a reader never sees it half written.
     */
    private static boolean update(Path target, Source source) {
        try {
            byte[] bytes = source.read();
            if (!Files.exists(target)) {
                Files.write(target, bytes);
                return true;
            }
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                    && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return false;
            }
            Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeStale(Path out, java.util.Set<Path> keep) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (path.equals(out)) {
                    continue;
                }
                if (Files.isDirectory(path) && !Files.isSymbolicLink(path)) {
                    try (Stream<Path> children = Files.list(path)) {
                        if (children.findAny().isEmpty()) {
                            Files.delete(path);
                        }
                    }
                } else if (!keep.contains(path)) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The target of a site path, refusing any path that would leave the site folder. */
    static Path inside(Path root, String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside the site folder: " + relative);
        }
        return target;
    }

    private static Path unchecked(Path root, String relative) {
        try {
            return inside(root, relative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
