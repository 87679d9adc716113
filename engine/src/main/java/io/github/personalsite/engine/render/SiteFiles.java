package io.github.personalsite.engine.render;

import io.github.personalsite.engine.profile.Basics;
import io.github.personalsite.engine.profile.Education;
import io.github.personalsite.engine.profile.Profile;
import io.github.personalsite.engine.profile.SocialProfile;
import io.github.personalsite.engine.profile.Work;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's non-HTML files: {@code sitemap.xml} and {@code robots.txt} for search engines, the owner's
 * vCard ({@code contact.vcf}) and {@code llms.txt}, the profile as plain text. A project replaces any
 * of them by putting a file of the same name in {@code static/}.
 */
public final class SiteFiles {

    public static final String VCARD = "contact.vcf";

    private SiteFiles() {
    }

    public static Map<String, byte[]> of(SiteModel site) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (site.baseUrl() != null) {
            files.put("sitemap.xml", utf8(sitemap(site)));
        }
        files.put("robots.txt", utf8(robots(site)));
        files.put(VCARD, utf8(vcard(site.profile())));
        files.put("llms.txt", utf8(PlainText.of(site)));
        if (!site.posts().isEmpty()) {
            files.put("feed.xml", utf8(Feed.atom(site)));
        }
        return files;
    }

    /**
     * The address with characters beyond ASCII percent-encoded as UTF-8 ({@code tags/系统.html} →
     * {@code tags/%E7%B3%BB%E7%BB%9F.html}), as sitemaps.org asks of {@code <loc>}; an address that is not a
     * URI as it stands is kept.
     */
    static String ascii(String url) {
        if (url.chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        try {
            return new java.net.URI(url).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return url;
        }
    }

    static String sitemap(SiteModel site) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SiteModel.Page page : site.pages()) {
            if (!page.id().equals("not-found")) {
                xml.append("  <url><loc>").append(xml(ascii(site.canonical(page)))).append("</loc></url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    static String robots(SiteModel site) {
        String robots = "User-agent: *\nAllow: /\n";
        return site.baseUrl() == null ? robots : robots + "\nSitemap: " + site.baseUrl() + "sitemap.xml\n";
    }

    /** A vCard 3.0 of the owner: what address books import from the "Save contact" link. */
    static String vcard(Profile profile) {
        Basics b = profile.basics();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCARD");
        lines.add("VERSION:3.0");
        String name = b.name() == null ? "" : b.name().strip();
        lines.add("FN:" + vcf(name));
        int space = name.lastIndexOf(' ');
        lines.add("N:" + (space < 0 ? vcf(name) + ";" : vcf(name.substring(space + 1)) + ";"
                + vcf(name.substring(0, space))) + ";;;");
        add(lines, "TITLE:", b.label());
        Work current = profile.work().stream().filter(w -> w.endDate() == null && w.name() != null).findFirst()
                .orElse(null);
        Education school = profile.education().stream().filter(e -> e.endDate() == null).findFirst().orElse(null);
        if (current != null) {
            lines.add("ORG:" + vcf(current.name()) + (current.group() == null ? "" : ";" + vcf(current.group())));
        } else if (school != null && school.institution() != null) {
            lines.add("ORG:" + vcf(school.institution()));
        }
        add(lines, "EMAIL;TYPE=INTERNET:", b.email());
        add(lines, "TEL:", b.phone());
        add(lines, "URL:", b.url());
        if (b.location() != null) {
            var l = b.location();
            lines.add("ADR:;;" + vcf(l.address()) + ";" + vcf(l.city()) + ";" + vcf(l.region()) + ";"
                    + vcf(l.postalCode()) + ";" + vcf(l.countryCode()));
        }
        for (SocialProfile p : b.profiles()) {
            if (p.url() != null) {
                lines.add("X-SOCIALPROFILE" + (p.network() == null ? "" : ";TYPE=" + vcf(p.network().toLowerCase()))
                        + ":" + vcf(p.url()));
            }
        }
        lines.add("END:VCARD");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return out.toString();
    }

    private static void add(List<String> lines, String prefix, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(prefix + vcf(value.strip()));
        }
    }

    private static String vcf(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Lines longer than 75 octets continue on the next line after a space (RFC 6350 3.2). */
    private static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
