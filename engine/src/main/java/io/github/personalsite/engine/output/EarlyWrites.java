package io.github.personalsite.engine.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes pages while the build still renders them, so that the disk and the processors work at once.
 * Only into an output folder that is absent or empty: it holds no site that a failing build could
 * damage, so no file need wait for the last page. When the build fails after all, {@link #discard()}
 * removes what was written and leaves the folder as it found it. For a folder that holds a site every
 * method does nothing, and {@link SiteWriter} writes once everything rendered.
 */
public final class EarlyWrites {

    /** For a folder that holds a site: writes nothing early. */
    public static final EarlyWrites NONE = new EarlyWrites(null, false, true);

    /** Stands for the bytes of a file written by a build that keeps nothing for the next one. */
    private static final byte[] FORGOTTEN = new byte[0];

    private final Path out;
    private final boolean createdFolder;
    private final boolean keep;
    private final ExecutorService writers;
    private final List<Future<?>> pending = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<Path, byte[]> written = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    private EarlyWrites(Path out, boolean createdFolder, boolean keep) {
        this.out = out;
        this.createdFolder = createdFolder;
        this.keep = keep;
        this.writers = out == null ? null : Executors.newFixedThreadPool(SiteWriter.WRITERS, task -> {
            Thread thread = new Thread(task, "personal-site-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Early writes into this folder when it is absent or empty; {@link #NONE} otherwise. */
    public static EarlyWrites into(Path outputDir) {
        return into(outputDir, true);
    }

    /**
     * As above; with {@code keep}, what is written is remembered for the next build in this JVM (a
     * rebuild compares with it instead of reading the files); without it nothing is, for a JVM that
     * builds once.
     */
    public static EarlyWrites into(Path outputDir, boolean keep) {
        Path out = outputDir.toAbsolutePath().normalize();
        if (!Files.exists(out)) {
            return new EarlyWrites(out, true, keep);
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isEmpty()) {
                    return new EarlyWrites(out, false, keep);
                }
            } catch (IOException e) {
                return NONE; // SiteWriter reports what is wrong with the folder
            }
        }
        return NONE;
    }

    /** Whether this build writes early (the folder held nothing when it started). */
    boolean active() {
        return out != null;
    }

    /**
     * Writes a page of the site soon, on another thread; {@code path} is inside the site. Tells whether
     * it will (the folder was absent or empty); a failed write fails {@link SiteWriter#write}.
     */
    public boolean offer(String path, byte[] bytes) {
        if (out == null) {
            return false;
        }
        pending.add(writers.submit(() -> {
            write(path, bytes);
            return null;
        }));
        return true;
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path target = SiteWriter.inside(out, path);
        try {
            folders.computeIfAbsent(target.getParent(), folder -> {
                try {
                    Files.createDirectories(folder);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (keep) {
            SiteWriter.remember(target, bytes);
        }
        written.put(target, keep ? bytes : FORGOTTEN);
    }

    /** Waits for every write offered so far; the first that failed fails this. */
    void finish() throws IOException {
        if (out == null) {
            return;
        }
        try {
            for (Future<?> write : List.copyOf(pending)) {
                write.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the site", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            writers.shutdown();
        }
    }

    /**
     * Whether exactly these bytes were written to this file; {@code null} bytes ask whether any were
     * (a page the renderer did not keep because it was offered here).
     */
    boolean wrote(Path target, byte[] bytes) {
        if (out == null) {
            return false;
        }
        byte[] wrote = written.get(target);
        return wrote != null && (bytes == null || wrote == bytes);
    }

    /** After a failed build: removes every file and folder written early, and the output folder if it was absent. */
    public void discard() {
        if (out == null) {
            return;
        }
        writers.shutdown();
        for (Future<?> write : List.copyOf(pending)) {
            try {
                write.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException ignored) {
                // a write that failed left nothing to remove
            }
        }
        try {
            for (Path file : written.keySet()) {
                Files.deleteIfExists(file);
            }
            java.util.Set<Path> made = new java.util.HashSet<>();
            for (Path folder : folders.keySet()) {
                for (Path f = folder; f != null && f.startsWith(out) && !f.equals(out); f = f.getParent()) {
                    made.add(f); // createDirectories made its parents too
                }
            }
            if (createdFolder) {
                made.add(out);
            }
            for (Path folder : made.stream().sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList()) {
                deleteIfEmpty(folder);
            }
        } catch (IOException ignored) {
            // best effort: the build reports its own failure
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> children = Files.list(folder)) {
            if (children.findAny().isPresent()) {
                return;
            }
        }
        Files.delete(folder);
    }
}
