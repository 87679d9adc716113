package io.github.personalsite.engine.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.personalsite.engine.profile.Basics;
import io.github.personalsite.engine.profile.Education;
import io.github.personalsite.engine.profile.Profile;
import io.github.personalsite.engine.profile.SafeUrl;
import io.github.personalsite.engine.profile.SocialProfile;
import io.github.personalsite.engine.profile.Work;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The home page's JSON-LD: the profile as a schema.org {@code Person} (name, job, employers, schools, links). */
final class JsonLd {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonLd() {
    }

    /**
     * A schema.org {@code Person} as JSON, safe inside {@code <script type="application/ld+json">}:
     * {@code <}, {@code >} and {@code &} are written as JSON escapes, so no text can close the element.
     */
    static String person(SiteModel site) {
        Profile p = site.profile();
        Basics b = p.basics();
        ObjectNode person = JsonNodeFactory.instance.objectNode().put("@context", "https://schema.org").put("@type", "Person");
        person.put("name", b.name());
        putIf(person, "jobTitle", b.label());
        putIf(person, "description", b.summary() == null ? null : Seo.plain(b.summary()));
        putIf(person, "email", b.email() == null ? null : "mailto:" + b.email().strip());
        putIf(person, "telephone", b.phone());
        putIf(person, "url", site.baseUrl() != null ? site.baseUrl() : b.url());
        putIf(person, "image", publicUrl(site, b.image()));
        ArrayNode worksFor = person.putArray("worksFor");
        for (Work w : p.work()) {
            if (w.endDate() == null && w.name() != null) {
                ObjectNode org = worksFor.addObject().put("@type", "Organization").put("name", w.name());
                putIf(org, "url", w.url());
                if (w.group() != null) {
                    org.putObject("department").put("@type", "Organization").put("name", w.group());
                }
            }
        }
        ArrayNode alumniOf = person.putArray("alumniOf");
        for (Education e : p.education()) {
            if (e.institution() != null) {
                putIf(alumniOf.addObject().put("@type", "CollegeOrUniversity").put("name", e.institution()), "url", e.url());
            }
        }
        Set<String> sameAs = new LinkedHashSet<>();
        if (b.url() != null && !b.url().equals(site.baseUrl())) {
            sameAs.add(b.url());
        }
        b.profiles().stream().map(SocialProfile::url).filter(u -> u != null && SafeUrl.isExternal(u)).forEach(sameAs::add);
        sameAs.forEach(person.putArray("sameAs")::add);
        removeEmptyArrays(person);
        return pretty(person).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /**
     * A tree of objects, arrays and text as ObjectMapper's {@code writerWithDefaultPrettyPrinter()} writes
     * it (SeoAndSiteFilesTest compares them), with jackson-core alone: a build need not set up an ObjectMapper.
     */
    static String pretty(JsonNode tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter())) {
            write(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, JsonNode node) throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                generator.writeFieldName(property.getKey());
                write(generator, property.getValue());
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode item : node) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else {
            generator.writeString(node.asText());
        }
    }

    /**
     * A picture's public URL (the profile's photo, a post's image): as it is when external, else under the
     * site URL (null without one).
     */
    static String publicUrl(SiteModel site, String image) {
        if (image == null || SafeUrl.isExternal(image)) {
            return image;
        }
        return site.baseUrl() == null ? null : site.baseUrl() + (image.startsWith("/") ? image.substring(1) : image);
    }

    private static void putIf(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value.strip());
        }
    }

    private static void removeEmptyArrays(ObjectNode node) {
        node.properties().removeIf(e -> e.getValue().isArray() && e.getValue().isEmpty());
    }
}
