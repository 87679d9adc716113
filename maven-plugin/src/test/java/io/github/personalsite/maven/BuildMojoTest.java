package io.github.personalsite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildMojoTest {

    @TempDir
    Path project;

    private BuildMojo mojo() throws Exception {
        BuildMojo mojo = new BuildMojo();
        set(mojo, "profile", project.resolve("profile.json").toFile());
        set(mojo, "templates", project.resolve("templates").toFile());
        set(mojo, "staticFiles", project.resolve("static").toFile());
        set(mojo, "outputDirectory", project.resolve("target/public").toFile());
        set(mojo, "basedir", project.toFile());
        set(mojo, "posts", project.resolve("content/posts").toFile());
        return mojo;
    }

    @Test
    void buildsTheSampleIntoTheOutputFolder() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/github/personalsite/sample/profile.json")) {
            Files.copy(in, project.resolve("profile.json"));
        }
        mojo().execute();
        assertTrue(Files.readString(project.resolve("target/public/index.html")).contains("Zhuofu Chen"));
    }

    @Test
    void failsWithTheEngineMessageNamingTheFileRelativeToTheProject() throws Exception {
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/me.json"), "{\"basics\": {\"name\": \"A\", \"email\": \"nope\"}}");
        BuildMojo mojo = mojo();
        set(mojo, "profile", project.resolve("data/me.json").toFile());

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        String expectedFile = "data" + File.separator + "me.json";
        assertTrue(e.getMessage().startsWith("The site was not built, the previous one is unchanged. 1 error:"),
                e.getMessage());
        assertTrue(e.getMessage().contains(expectedFile + ":1:35: /basics/email: \"nope\" is not an e-mail address"),
                e.getMessage());
        assertNull(e.getCause(), "nothing for Maven to print a stack trace of");
        assertFalse(Files.exists(project.resolve("target/public")));
    }

    @Test
    void skipDoesNothing() throws Exception {
        BuildMojo mojo = mojo();
        set(mojo, "skip", true);
        mojo.execute();
        assertEquals(false, Files.exists(project.resolve("target")));
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = null;
        for (Class<?> type = BuildMojo.class; field == null; type = type.getSuperclass()) {
            field = java.util.Arrays.stream(type.getDeclaredFields()).filter(f -> f.getName().equals(name))
                    .findFirst().orElse(null);
        }
        field.setAccessible(true);
        field.set(target, value);
    }
}
