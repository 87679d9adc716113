package io.github.personalsite.engine.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's static files, read from a folder (as in development) and from a jar (as installed). */
class ThemeAssetsTest {

    @Test
    void readsTheThemeFromTheClassPath() {
        Map<String, byte[]> assets = ThemeAssets.load();
        assertEquals(List.of("css/site.css", "js/theme.js"), List.copyOf(assets.keySet()));
    }

    @Test
    void readsEveryFileUnderTheFolderOfAJarAndNothingElse(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("theme.jar");
        String root = ThemeAssets.THEME_STATIC + "/";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : List.of(root, root + "css/", root + "css/site.css", root + "js/deep/x.js",
                    "io/github/personalsite/engine/theme/templates/post.html", "io/github/personalsite/engine/theme/staticx/y")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        Map<String, byte[]> assets = ThemeAssets.read(URI.create("jar:" + jar.toUri() + "!/" + ThemeAssets.THEME_STATIC).toURL());
        assertEquals(List.of("css/site.css", "js/deep/x.js"), List.copyOf(assets.keySet()));
        assertArrayEquals(("content of " + root + "css/site.css").getBytes(StandardCharsets.UTF_8), assets.get("css/site.css"));
    }
}
