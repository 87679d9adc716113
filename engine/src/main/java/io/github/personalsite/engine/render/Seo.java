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

/** What search engines and link previews read: description, share image, JSON-LD {@code Person}. */
public final class Seo {

    /** The share image: 1200 × 630, what Open Graph and Twitter cards expect. */
    public static final String SHARE_IMAGE = "og-image.png";
    private static final int DESCRIPTION_LENGTH = 160;
    private static final JsonFactory JSON = new JsonFactory();

    private final SiteModel site;
    private final String description;
    private final String jsonLd;
    private final String homePolicy;
    private final String policy;

    /** Works out what every page repeats once, not once a page. */
    public Seo(SiteModel site) {
        this.site = site;
        this.description = computeDescription();
        this.jsonLd = computeJsonLd();
        this.homePolicy = site.contentSecurityPolicy(jsonLd);
        this.policy = site.contentSecurityPolicy();
    }

    /** The Content-Security-Policy of a page: the home page's also allows its JSON-LD. */
    public String contentSecurityPolicy(String pageId) {
        return pageId.equals("home") ? homePolicy : policy;
    }

    /** One or two sentences for the description meta tag and link previews, without Markdown. */
    public String description() {
        return description;
    }

    private String computeDescription() {
        Basics b = site.profile().basics();
        String text = b.summary() != null ? plain(b.summary())
                : b.label() != null ? b.name() + " – " + b.label() : b.name();
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }

    /** The site's language as Open Graph writes a locale: {@code en-GB} → {@code en_GB}. */
    public String openGraphLocale() {
        return site.language().replace('-', '_');
    }

    /** The share image's public URL, or {@code null} without a site URL (previews need absolute URLs). */
    public String shareImage() {
        return absolute(SHARE_IMAGE);
    }

    /** A site path as a public URL, or {@code null} when the site URL is not known. */
    public String absolute(String path) {
        return site.baseUrl() == null ? null : site.baseUrl() + path;
    }

    /**
     * A schema.org {@code Person} as JSON, safe inside {@code <script type="application/ld+json">}:
     * {@code <}, {@code >} and {@code &} are written as JSON escapes, so no text can close the element.
     */
    public String jsonLd() {
        return jsonLd;
    }

    private String computeJsonLd() {
        Profile p = site.profile();
        Basics b = p.basics();
        ObjectNode person = JsonNodeFactory.instance.objectNode().put("@context", "https://schema.org").put("@type", "Person");
        person.put("name", b.name());
        putIf(person, "jobTitle", b.label());
        putIf(person, "description", b.summary() == null ? null : plain(b.summary()));
        putIf(person, "email", b.email() == null ? null : "mailto:" + b.email().strip());
        putIf(person, "telephone", b.phone());
        putIf(person, "url", site.baseUrl() != null ? site.baseUrl() : b.url());
        putIf(person, "image", image(b.image()));
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

    private String image(String image) {
        if (image == null) {
            return null;
        }
        return SafeUrl.isExternal(image) ? image : absolute(image.startsWith("/") ? image.substring(1) : image);
    }

    private static void putIf(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value.strip());
        }
    }

    private static void removeEmptyArrays(ObjectNode node) {
        node.properties().removeIf(e -> e.getValue().isArray() && e.getValue().isEmpty());
    }

    /** Inline Markdown without its marks: "*performance*" → "performance", "[text](url)" → "text". */
    static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll("$1");
        return UNDERSCORE.matcher(MARKS.matcher(text).replaceAll("")).replaceAll("").replace("\\", "").strip();
    }

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final java.util.regex.Pattern UNDERSCORE =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])");
}
