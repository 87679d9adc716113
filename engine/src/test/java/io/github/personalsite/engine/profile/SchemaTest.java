package io.github.personalsite.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.personalsite.engine.TestSites;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sample validates against our schema, and stays a valid JSON Resume document. */
class SchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode sample() throws Exception {
        try (InputStream in = SchemaTest.class.getClassLoader()
                .getResourceAsStream("io/github/personalsite/sample/profile.json")) {
            return JSON.readTree(in);
        }
    }

    private static JsonSchema schema(SpecVersion.VersionFlag version, String resource) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(version).getSchema(in, config);
        }
    }

    private static JsonSchema ours() throws Exception {
        return schema(SpecVersion.VersionFlag.V202012, "io/github/personalsite/engine/profile.schema.json");
    }

    @Test
    void sampleValidatesAgainstTheProfileSchema() throws Exception {
        assertEquals(Set.of(), ours().validate(sample()));
    }

    @Test
    void sampleIsAValidJsonResumeDocument() throws Exception {
        Set<ValidationMessage> errors = schema(SpecVersion.VersionFlag.V7, "jsonresume/schema.json").validate(sample());
        // JSON Resume types "$schema" as an absolute URI; the sample names its schema by a relative path,
        // which is what lets editors find profile.schema.json next to it offline (docs/profile-format.md).
        List<String> other = errors.stream().filter(e -> !e.getInstanceLocation().toString().equals("/$schema"))
                .map(ValidationMessage::toString).toList();
        assertEquals(List.of(), other);
    }

    @Test
    void schemaRejectsWhatTheEngineRejects() throws Exception {
        JsonNode bad = JSON.readTree("""
                {"basics": {"name": "A", "url": " JavaScript:alert(1)"},
                 "work": [{"startDate": "May 2024"}],
                 "meta": {"site": {"accentColor": "red"}}}""");
        List<String> where = ours().validate(bad).stream().map(m -> m.getInstanceLocation().toString()).sorted().toList();
        assertEquals(List.of("/basics/url", "/meta/site/accentColor", "/work/0/startDate"), where);
    }

    @Test
    void schemaDescribesEveryRecordComponent() throws Exception {
        JsonNode schema = JSON.readTree(Files.readString(TestSites.resource(
                "io/github/personalsite/engine/profile.schema.json")));
        JsonNode props = schema.get("properties");
        for (var component : Profile.class.getRecordComponents()) {
            assertFalse(props.path(component.getName()).isMissingNode(), component.getName());
        }
        for (var component : Work.class.getRecordComponents()) {
            assertFalse(props.at("/work/items/properties/" + component.getName()).isMissingNode(), component.getName());
        }
        for (var component : Education.class.getRecordComponents()) {
            assertFalse(props.at("/education/items/properties/" + component.getName()).isMissingNode(),
                    component.getName());
        }
    }
}
