package io.github.personalsite.engine.cli;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.BuildResult;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.SiteBuilder;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code java -cp … io.github.personalsite.engine.cli.Main build [PROJECT] [--out DIR] [--drafts]
 * [--site-url URL]}: builds a project laid out like a generated one (profile.json, content/posts,
 * templates, static) into {@code PROJECT/target/public} or {@code --out}. Exit code 0 on success, 1 when
 * the input has errors (printed like the Maven plugin prints them), 2 on wrong arguments.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLogging();
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Names SLF4J's no-op provider (the one the engine ships) unless the command line names one, so that
     * SLF4J does not look through every jar's service files for one (30 ms of a one-post build), and
     * keeps SLF4J from announcing that choice on every run.
     */
    static void quietLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }

    /** Serves PROJECT with live reload until Ctrl-C. */
    static int serve(String[] args, PrintStream out, PrintStream err) {
        Path project = Path.of(".");
        int port = 8080;
        String host = "127.0.0.1";
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                default -> project = Path.of(args[i]);
            }
        }
        try {
            io.github.personalsite.engine.serve.PreviewServer server =
                    io.github.personalsite.engine.serve.PreviewServer.start(BuildRequest.forProject(project), host, port, out);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            out.println("personal-site: serving " + server.url() + " (Ctrl-C stops)");
            Thread.currentThread().join();
            return 0;
        } catch (java.io.IOException e) {
            err.println("error: cannot serve: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("serve")) {
            return serve(args, out, err);
        }
        if (args.length == 0 || !args[0].equals("build")) {
            err.println("usage: build [PROJECT] [--out DIR] [--drafts] [--site-url URL]");
            err.println("       serve [PROJECT] [--port N] [--host ADDRESS]");
            return 2;
        }
        Path project = Path.of(".");
        Path output = null;
        String siteUrl = null;
        boolean drafts = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> output = Path.of(args[++i]);
                case "--site-url" -> siteUrl = args[++i];
                case "--drafts" -> drafts = true;
                default -> project = Path.of(args[i]);
            }
        }
        BuildRequest layout = BuildRequest.forProject(project);
        BuildRequest request = new BuildRequest(layout.profile(), layout.profileLabel(), layout.templatesDir(),
                layout.staticDir(), output != null ? output : layout.outputDir(), siteUrl, layout.postsDir(), drafts);
        try {
            BuildResult result = SiteBuilder.buildOnce(request);
            result.warnings().forEach(w -> err.println("warning: " + w));
            out.println(result.files() + " files in " + result.outputDir() + ", " + result.changed() + " changed");
            return 0;
        } catch (BuildException e) {
            e.warnings().forEach(w -> err.println("warning: " + w));
            for (Problem problem : e.errors()) {
                err.println("error: " + problem);
            }
            return 1;
        }
    }
}
