package io.github.personalsite.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.BuildRequest;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.SiteBuilder;
import io.github.personalsite.engine.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A project's post template with one failing expression: the error says what is wrong, in the template's words. */
class TemplateErrorsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ${post.titel}               | ${post.titel}: Post has no property "titel"; did you mean "title"?
            ${post.foo}                 | ${post.foo}: Post has no property "foo"; it has file, slug, title, date, updated, tags, summary, draft, image, externalUrl, html, excerpt, words, cjkCharacters
            ${fmt.day}                  | ${fmt.day}: Format has no property "day"; it is a method: call it with its arguments, day(…)
            ${page.titel}               | ${page.titel}: Page has no property "titel"; did you mean "title"?
            ${fmt.initial(post.title)}  | ${fmt.initial(post.title)}: Format has no method "initial"; did you mean "initials"?
            ${fmt.nope(post.date)}      | ${fmt.nope(post.date)}: Format has no method "nope"; it has codeSize, codeSizes, date, day, degree, display, external, initials, iso, join, names, range
            ${post.title.foo()}         | ${post.title.foo()}: String has no method "foo"
            ${fmt.day(post.title)}      | ${fmt.day(post.title)}: needs a LocalDate, not the String "Hello"
            ${post.title + }            | ${post.title + }: not an expression Thymeleaf can read: Encountered "<EOF>" at character 13
            ${nope.x}                   | ${nope.x}: cannot read "x" of null: the value before it is null (a misspelt variable, or a value the profile leaves out: test it with th:if first)
            ${nope.x()}                 | ${nope.x()}: cannot call x() on null: the value before it is null (a misspelt variable, or a value the profile leaves out: test it with th:if first)
            ${post.tags[5]}             | ${post.tags[5]}: Index 5 out of bounds for length 0
            ~{layout :: nosuchfragment} | Error resolving fragment: "~{layout :: nosuchfragment}": template or fragment could not be resolved
            """)
    void aFailingExpressionSaysWhatIsWrong(String expression, String message) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String attribute = expression.startsWith("~") ? "th:replace" : "th:text";
        TestSites.write(templates, "post.html", "<!DOCTYPE html>\n<html>\n<body>\n<p " + attribute + "=\"" + expression
                + "\">x</p>\n</body>\n</html>\n");
        Path posts = Files.createDirectories(dir.resolve("posts"));
        TestSites.write(posts, "2024-01-01-hello.md", "---\ntitle: Hello\n---\nBody.\n");
        BuildRequest request = new BuildRequest(TestSites.resource("profiles/minimal.json"), "profile.json", templates,
                null, dir.resolve("public")).withPosts(posts, false);
        BuildException e = assertThrows(BuildException.class, () -> SiteBuilder.build(request));
        Problem problem = e.problems().get(0);
        assertEquals("templates/post.html:4:4", problem.file() + ":" + problem.line() + ":" + problem.column());
        assertEquals("template error: " + message, problem.message());
    }
}
