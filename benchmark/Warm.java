import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.ChangedFiles;
import io.github.personalsite.engine.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Warm rebuilds in one JVM, as a preview server would do them: the sample project rebuilt unchanged,
 * and a large project rebuilt after each of ten edits of one post (a line appended to its body), told
 * which file changed as the preview's file watcher tells it. Prints the median of the rebuilds after the
 * first (cold) build.
 *
 * <p>java -cp ENGINE-CLASSPATH benchmark/Warm.java SAMPLE-PROJECT LARGE-PROJECT
 */
public class Warm {

    public static void main(String[] args) throws Exception {
        BuildRequest sample = BuildRequest.forProject(Path.of(args[0]));
        SiteBuilder.build(sample);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            SiteBuilder.build(sample);
            times.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf("warm rebuild, sample site, unchanged: median %.0f ms of %d%n", median(times), times.size());

        Path large = Path.of(args[1]);
        BuildRequest request = BuildRequest.forProject(large);
        SiteBuilder.build(request);
        Path post;
        try (Stream<Path> posts = Files.list(large.resolve("content/posts"))) {
            post = posts.sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(post);
        times.clear();
        try {
            for (int i = 0; i < 10; i++) {
                Files.writeString(post, original + "\nEdited " + i + ".\n");
                long start = System.nanoTime();
                SiteBuilder.build(request, ChangedFiles.only(List.of(post)));
                times.add((System.nanoTime() - start) / 1e6);
            }
        } finally {
            Files.writeString(post, original);
        }
        long count;
        try (Stream<Path> posts = Files.list(large.resolve("content/posts"))) {
            count = posts.count();
        }
        System.out.printf("warm rebuild, %d-post site, one post edited: median %.0f ms of %d (first %.0f ms, max %.0f ms)%n",
                count, median(times), times.size(), times.get(0), Collections.max(times));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
