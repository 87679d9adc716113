package io.github.personalsite.maven;

import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Live preview: {@code ./mvnw personal-site:serve} builds the site with drafts, serves it on
 * http://127.0.0.1:8080/, rebuilds on every save of the profile, posts, templates or static files and
 * reloads open pages. Runs until Ctrl-C.
 */
@Mojo(name = "serve", requiresProject = true, threadSafe = true)
public class ServeMojo extends ProjectMojo {

    /** The port; when it is taken the next free one is used, and the console says so. */
    @Parameter(property = "personal-site.port", defaultValue = "8080")
    private int port;

    /** Where to listen. Loopback by default; another address makes the preview visible to other machines. */
    @Parameter(property = "personal-site.host", defaultValue = "127.0.0.1")
    private String host;

    @Override
    public void execute() throws MojoFailureException {
        // The preview builds into a temporary folder of its own; the output given here is not used.
        BuildRequest request = request(Path.of("target", "public"), null, true);
        PrintStream console = System.out;
        try (PreviewServer server = PreviewServer.start(request, host, port, console)) {
            // Ctrl-C ends Maven without unwinding this method: release the port and the temporary site then.
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            getLog().info("personal-site: serving " + server.url() + " (Ctrl-C stops)");
            Thread.currentThread().join();
        } catch (IOException e) {
            throw new MojoFailureException("personal-site: cannot serve: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
