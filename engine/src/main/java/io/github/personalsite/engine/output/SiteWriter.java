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
 * Into a folder that holds a site, everything is rendered and every path checked before the first byte
 * is written, so a build that fails leaves the previous site as it was; into an absent or empty folder
 * pages are written while they render ({@link EarlyWrites}). Each file is replaced atomically (written
 * beside its target, then renamed). Nothing is written outside the output folder, whatever a path says; a
 * symbolic link in {@code static/} that leads outside it is skipped with a warning.
 */
public final class SiteWriter {

    /** What was written: how many files the site has, how many changed, and what deserves a warning. */
    public record Written(int files, int changed, List<Problem> warnings) {
    }

    /**
     * More writers than cores, for disks where creating a file waits; on the benchmark machine, where it is
     * processor work in the kernel, 1, 2, 4 and 8 writers built 1,000 posts in the same time.
     */
    static final int WRITERS = 8;

    /** A file this JVM wrote: if it still has this size and time, it still has these bytes. */
    private record Mark(byte[] bytes, long size, java.nio.file.attribute.FileTime modified) {
    }

    private static final Map<Path, Mark> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The files of each output folder's last build in this JVM. The first build of a folder walks it to
     * remove what is not part of the site; later builds remove what the previous one wrote and this one
     * does not, without walking 10,000 files.
     */
    private static final Map<Path, java.util.Set<Path>> PLANS = new java.util.concurrent.ConcurrentHashMap<>();

    private SiteWriter() {
    }

    public static Written write(Path outputDir, Map<String, byte[]> generated, Path staticDir) throws BuildException {
        return write(outputDir, generated, staticDir, EarlyWrites.NONE);
    }

    /**
     * As above, counting the files {@code early} wrote already as changed and leaving them be. A page
     * whose bytes are {@code null} is one that {@code early} wrote and nobody kept.
     */
    public static Written write(Path outputDir, Map<String, byte[]> generated, Path staticDir, EarlyWrites early)
            throws BuildException {
        Path out = outputDir.toAbsolutePath().normalize();
        List<Problem> warnings = new ArrayList<>();
        try {
            early.finish();
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new BuildException(ProblemKind.OUTPUT_NOT_A_FOLDER.at(out.toString(), 0, 0, null));
            }
            Map<Path, Source> plan = new LinkedHashMap<>();
            Map<String, Path> checked = TARGETS.computeIfAbsent(out, o -> new java.util.concurrent.ConcurrentHashMap<>());
            java.util.Set<Path> folders = new java.util.HashSet<>();
            java.util.Set<String> generatedFolders = new java.util.HashSet<>();
            for (Map.Entry<String, byte[]> file : generated.entrySet()) {
                Path target = target(out, checked, file.getKey());
                plan.put(target, new Source(file.getValue(), null));
                int slash = file.getKey().lastIndexOf('/'); // a folder's name is cheaper to compare than its Path
                if (slash > 0 && generatedFolders.add(file.getKey().substring(0, slash))) {
                    folders.add(target.getParent());
                }
            }
            if (staticDir != null && Files.isDirectory(staticDir)) {
                StaticFiles.collect(staticDir, warnings).forEach((relative, source) -> {
                    Path target = unchecked(out, relative);
                    plan.put(target, new Source(null, source));
                    folders.add(target.getParent());
                });
            }
            Files.createDirectories(out);
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
            AtomicInteger changed = new AtomicInteger();
            List<Map.Entry<Path, Source>> entries = List.copyOf(plan.entrySet());
            ForkJoinPool writers = new ForkJoinPool(WRITERS);
            try {
                writers.submit(() -> entries.parallelStream().forEach(entry -> {
                    Source source = entry.getValue();
                    boolean wroteEarly = early.wrote(entry.getKey(), source.bytes());
                    if (!wroteEarly && source.bytes() == null && source.file() == null) {
                        throw new IllegalStateException("a page was not kept and not written: " + entry.getKey());
                    }
                    if (wroteEarly || update(entry.getKey(), source)) {
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
            java.util.Set<Path> previous = PLANS.put(out, java.util.Collections.unmodifiableSet(plan.keySet()));
            if (previous == null) {
                if (!early.active()) { // a folder written early held nothing stale
                    removeStale(out, plan.keySet());
                }
            } else {
                for (Path gone : previous) {
                    if (!plan.containsKey(gone)) {
                        Files.deleteIfExists(gone);
                        WRITTEN.remove(gone);
                    }
                }
            }
            return new Written(plan.size(), changed.get(), warnings);
        } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
            throw new BuildException(failure(out, e));
        }
    }

    /**
     * What a failed write reports. A page whose name the JVM cannot spell (a tag in another script, with
     * file names in ASCII because Java started without a UTF-8 locale) says so, not "check the folder".
     */
    static Problem failure(Path out, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.file.InvalidPathException name) {
                return ProblemKind.UNNAMEABLE_FILE.at(out.toString(), 0, 0, null, name.getInput(),
                        System.getProperty("sun.jnu.encoding"));
            }
        }
        return ProblemKind.CANNOT_WRITE.at(out.toString(), 0, 0, null, e.toString());
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
            Mark mark = WRITTEN.get(target);
            if (mark != null && mark.bytes() == bytes && unchanged(target, mark)) {
                return false; // the same bytes as the last build wrote, and nobody touched the file since
            }
            if (!Files.exists(target)) {
                Files.write(target, bytes);
                remember(target, bytes);
                return true;
            }
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                    && Arrays.equals(Files.readAllBytes(target), bytes)) {
                remember(target, bytes);
                return false;
            }
            Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            remember(target, bytes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean unchanged(Path target, Mark mark) throws IOException {
        try {
            var attributes = Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.isRegularFile() && attributes.size() == mark.size()
                    && attributes.lastModifiedTime().equals(mark.modified());
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    static void remember(Path target, byte[] bytes) throws IOException {
        WRITTEN.put(target, new Mark(bytes, bytes.length, Files.getLastModifiedTime(target)));
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

    /** Targets of site paths already checked, per output folder: a rebuild checks only new paths. */
    private static final Map<Path, Map<String, Path>> TARGETS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Path target(Path root, Map<String, Path> known, String relative) throws IOException {
        Path target = known.get(relative);
        if (target == null) {
            target = inside(root, relative);
            known.put(relative, target);
        }
        return target;
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
