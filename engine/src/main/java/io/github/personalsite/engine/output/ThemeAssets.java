package io.github.personalsite.engine.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The default theme's static files (CSS, icons, …), read from the class path: a jar or a folder. */
public final class ThemeAssets {

    /** Where the default theme's static files are on the class path. */
    public static final String THEME_STATIC = "io/github/personalsite/engine/theme/static";

    private ThemeAssets() {
    }

    private static volatile Map<String, byte[]> loaded;

    /** Every asset, by path inside the site; read from the jar once per JVM. */
    public static Map<String, byte[]> load() {
        Map<String, byte[]> assets = loaded;
        if (assets == null) {
            assets = java.util.Collections.unmodifiableMap(read());
            loaded = assets;
        }
        return assets;
    }

    private static Map<String, byte[]> read() {
        URL url = ThemeAssets.class.getClassLoader().getResource(THEME_STATIC);
        if (url == null) {
            throw new IllegalStateException("the default theme is missing from the class path: " + THEME_STATIC);
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.provider().getPath(uri));
                } catch (FileSystemAlreadyExistsException e) {
                    // Opened by someone else in this JVM: read through it and leave it open.
                    return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the default theme: " + e.getMessage(), e));
        }
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> assets = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assets.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return assets;
    }
}
