package io.github.personalsite.engine.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.personalsite.engine.BuildException;
import io.github.personalsite.engine.Problem;
import io.github.personalsite.engine.ProblemKind;
import io.github.personalsite.engine.SiteLink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a profile file into a {@link Profile}: text ({@link ProfileText}) → JSON tree ({@link JsonTree}) →
 * tolerated deviations fixed ({@link ProfileNormalizer}) → schema ({@link SchemaValidator}) → cross-field
 * checks ({@link ProfileChecker}) → records ({@link RecordBinder}). Every problem of the file is reported at
 * once, in a {@link BuildException} when any is an error; warnings come back with the profile.
 */
public final class ProfileLoader {

    /**
     * A profile with the map of where its values stand in the file, what deserves a warning, and its links
     * to paths inside the site (checked against the built site).
     */
    public record Loaded(Profile profile, SourceMap sourceMap, List<Problem> warnings,
                         List<SiteLink> siteLinks) {
    }

    private ProfileLoader() {
    }

    /**
     * @param file  the profile
     * @param label how messages name the file, e.g. {@code profile.json}
     */
    public static Loaded load(Path file, String label) throws BuildException {
        ProfileText text = ProfileText.read(file, label);
        JsonNode tree;
        SourceMap map;
        try {
            tree = JsonTree.read(text.text());
            map = SourceMap.of(JsonTree.FACTORY, text.text());
        } catch (JsonProcessingException e) {
            List<Problem> problems = new ArrayList<>(text.warnings());
            problems.add(0, SyntaxErrors.of(e, label, text));
            throw new BuildException(problems);
        } catch (IOException e) {
            throw new BuildException(ProblemKind.FILE_UNREADABLE.at(label, 0, 0, null, String.valueOf(e.getMessage())));
        }
        if (!tree.isObject()) {
            throw new BuildException(ProblemKind.NOT_AN_OBJECT.at(label, 1, 1, "", Types.found(tree)));
        }
        Findings findings = new Findings(label, map, text.warnings());
        ProfileNormalizer.normalize((ObjectNode) tree, findings);
        SchemaValidator.validate(tree, findings);
        ProfileChecker.check(tree, text.text(), findings);
        if (findings.hasErrors()) {
            throw new BuildException(findings.sorted());
        }
        try {
            return new Loaded(RecordBinder.bind(tree), map, findings.sorted(), findings.siteLinks());
        } catch (JsonProcessingException e) {
            // The schema accepted what the records cannot hold: a bug of ours, reported like any problem.
            throw new BuildException(ProblemKind.INVALID_JSON.at(label, 0, 0, "", e.getOriginalMessage()));
        }
    }
}
