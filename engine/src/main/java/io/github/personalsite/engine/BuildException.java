package io.github.personalsite.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The build stopped. {@link #problems()} says why, each with file, position and fix, errors first; the
 * message is the errors, one a line, ready to print as they are (no stack trace needed).
 */
public final class BuildException extends Exception {

    private final transient List<Problem> problems;

    public BuildException(List<Problem> problems) {
        super(describe(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public BuildException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The problems that stopped the build; warnings are in {@link #problems()} and not in the message. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** What deserves a look although it did not stop the build. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    private static String describe(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        String head = errors == 1 ? "1 error" : errors + " errors";
        return problems.stream().filter(Problem::isError).map(Problem::toString)
                .collect(Collectors.joining(System.lineSeparator(), head + ":" + System.lineSeparator(), ""));
    }
}
