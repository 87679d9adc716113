package io.github.personalsite.engine.serve;

import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.ChangedFiles;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a project's profile, posts, templates and static files (folders recursively, new folders
 * included) and runs a rebuild once the changes settle: editors that save through a temporary file and
 * a rename produce several events, which become one rebuild. The rebuild is told which files the events
 * named ({@link ChangedFiles}), or that it cannot know when the system lost events.
 */
final class ProjectWatcher implements AutoCloseable {

    /** How long the project must be quiet before a rebuild. */
    static final long SETTLE_MILLIS = 30;

    private final WatchService service;
    private final Thread thread;

    private ProjectWatcher(WatchService service, Thread thread) {
        this.service = service;
        this.thread = thread;
    }

    /** Starts watching; call it before the first build, so that no change after that build goes unseen. */
    static ProjectWatcher start(BuildRequest request, Consumer<ChangedFiles> rebuild) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        List<Path> roots = new ArrayList<>();
        roots.add(request.profile().toAbsolutePath().getParent());
        for (Path dir : new Path[] {request.postsDir(), request.templatesDir(), request.staticDir()}) {
            if (dir != null && Files.isDirectory(dir)) {
                roots.add(dir.toAbsolutePath());
            }
        }
        Path projectDir = roots.get(0);
        for (Path root : roots) {
            register(service, root, !root.equals(projectDir));
        }
        Path output = request.outputDir().toAbsolutePath();
        String profile = request.profile().getFileName().toString();
        Thread thread = new Thread(() -> loop(service, projectDir, profile, output, rebuild), "personal-site-watcher");
        thread.setDaemon(true);
        thread.start();
        return new ProjectWatcher(service, thread);
    }

    private static void register(WatchService service, Path root, boolean recursive) throws IOException {
        if (!recursive) {
            root.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private static void loop(WatchService service, Path projectDir, String profile, Path output,
                             Consumer<ChangedFiles> rebuild) {
        try {
            while (true) {
                WatchKey key = service.take();
                Batch batch = new Batch();
                drain(key, projectDir, profile, output, service, batch);
                // Let a burst of events (write, rename, touch) settle into one rebuild.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, projectDir, profile, output, service, batch);
                }
                if (batch.relevant()) {
                    rebuild.accept(batch.unknown ? ChangedFiles.UNKNOWN : ChangedFiles.only(batch.files));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closing the preview ends the loop.
        }
    }

    /** The events of one rebuild: the files they name, or that events were lost. */
    private static final class Batch {
        final Set<Path> files = new HashSet<>();
        boolean unknown;

        /** Whether any event concerns the site. */
        boolean relevant() {
            return unknown || !files.isEmpty();
        }
    }

    /** Adds the key's events that concern the site (not the output, editors' swap files or the target folder). */
    private static void drain(WatchKey key, Path projectDir, String profile, Path output, WatchService service,
                              Batch batch) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                batch.unknown = true; // overflow: events were lost, so every file may have changed
                continue;
            }
            Path changed = dir.resolve(name);
            String file = name.toString();
            if (changed.startsWith(output) || file.equals("target") || file.startsWith(".") || file.endsWith("~")
                    || file.endsWith(".swp")) {
                continue;
            }
            if (dir.equals(projectDir) && !file.equals(profile)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    register(service, changed, true);
                } catch (IOException ignored) {
                    // A folder that vanished at once needs no watching.
                }
            }
            batch.files.add(changed);
        }
        if (!key.reset()) {
            batch.unknown = true; // a watched folder went away: its files can no longer be followed
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // Closing twice or after an error: nothing left to release.
        }
        thread.interrupt();
    }
}
