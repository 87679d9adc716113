package io.github.personalsite.engine.serve;

import io.github.personalsite.engine.BuildRequest;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a project's profile, posts, templates and static files (folders recursively, new folders
 * included) and runs a rebuild once the changes settle: editors that save through a temporary file and
 * a rename produce several events, which become one rebuild.
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

    static ProjectWatcher start(BuildRequest request, Runnable rebuild) throws IOException {
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

    private static void loop(WatchService service, Path projectDir, String profile, Path output, Runnable rebuild) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key, projectDir, profile, output, service);
                // Let a burst of events (write, rename, touch) settle into one rebuild.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more, projectDir, profile, output, service);
                }
                if (relevant) {
                    rebuild.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closing the preview ends the loop.
        }
    }

    /** Whether the key's events concern the site (not the output, editors' swap files or the target folder). */
    private static boolean drain(WatchKey key, Path projectDir, String profile, Path output, WatchService service) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                relevant = true; // overflow: rebuild to be safe
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
            relevant = true;
        }
        key.reset();
        return relevant;
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
