package io.github.personalsite.engine.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
        return read(url);
    }

    /** The files under {@code url}, the theme's static folder in a jar or in a folder. */
    static Map<String, byte[]> read(URL url) {
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                // The jar's entries, listed through the JVM's cache of open jars: a zip file system (Files.walk)
                // took ~15 ms more in a JVM that had not opened one yet, for two files.
                connection.setUseCaches(true);
                return read(jar.getJarFile(), jar.getEntryName() + "/");
            }
            return read(Path.of(url.toURI()));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the default theme: " + e.getMessage(), e));
        }
    }

    private static Map<String, byte[]> read(JarFile jar, String prefix) throws IOException {
        Map<String, byte[]> assets = new TreeMap<>();
        for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
            if (entry.getName().startsWith(prefix) && !entry.isDirectory()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    assets.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                }
            }
        }
        return assets;
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
