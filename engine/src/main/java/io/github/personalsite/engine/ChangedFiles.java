package io.github.personalsite.engine;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which files of a project may have changed since its previous build in this JVM, as a file watcher
 * reports them ({@link #only}), or {@link #UNKNOWN}. A build told which files changed reads the others'
 * results from memory without asking the file system about each (at 10,000 posts that is 10,000 calls
 * saved on every rebuild). Whoever passes {@link #only} must have watched the project since before its
 * previous build and pass every file an event named: a file left out keeps its old content in the site.
 */
public final class ChangedFiles {

    /** Nothing is known: every file is checked. */
    public static final ChangedFiles UNKNOWN = new ChangedFiles(null);

    private final Set<Path> files;

    private ChangedFiles(Set<Path> files) {
        this.files = files;
    }

    /** Only these files (and none other) changed since the previous build. */
    public static ChangedFiles only(Collection<Path> files) {
        return new ChangedFiles(files.stream().map(ChangedFiles::normal).collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether {@code file} may have changed: always, unless a watcher said which files did. */
    public boolean mayHaveChanged(Path file) {
        return files == null || files.contains(normal(file));
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return files == null ? "unknown" : files.toString();
    }
}
