package io.github.personalsite.engine.profile;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which links may reach a page: {@code http}, {@code https}, {@code mailto}, {@code tel} and relative
 * references. Anything else ({@code javascript:}, {@code data:}, {@code vbscript:}, …), including
 * variants hidden with control characters, white space or mixed case, is refused.
 */
public final class SafeUrl {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern ENTITY = Pattern.compile("&#0*(\\d{1,7});?|&#[xX]0*(\\p{XDigit}{1,6});?|&([a-zA-Z]+);");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}\\s\\u00A0\\u200B-\\u200D\\uFEFF]");

    private SafeUrl() {
    }

    /** Whether the URL may be emitted as a link or image source. */
    public static boolean isSafe(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        // Entities spell a scheme once an HTML parser decodes them ("javascript&#58;"), and browsers drop
        // control characters and white space before reading it ("java\tscript:"): undo both, then look.
        String compact = INVISIBLE.matcher(decodeEntities(url)).replaceAll("");
        var m = SCHEME.matcher(compact);
        if (!m.find()) {
            return !compact.contains(":") || compact.indexOf(':') > firstOf(compact, "/?#");
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel");
    }

    /**
     * What is wrong with a safe link that still cannot work, as a fix to show, or empty when it can:
     * white space inside, {@code www.example.org} without a scheme, {@code https://} without a host.
     */
    public static java.util.Optional<String> malformation(String url) {
        String u = url.strip();
        if (u.chars().anyMatch(Character::isWhitespace)) {
            return java.util.Optional.of("remove the spaces, or write them as %20");
        }
        if (u.toLowerCase(Locale.ROOT).startsWith("www.")) {
            return java.util.Optional.of("write https://" + u);
        }
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            try {
                if (new java.net.URI(u).getHost() == null) {
                    return java.util.Optional.of("write it as https://example.org/path");
                }
            } catch (java.net.URISyntaxException e) {
                return java.util.Optional.of("write it as https://example.org/path");
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the URL is an absolute {@code http}/{@code https} one (what a site URL must be). */
    public static boolean isAbsoluteHttp(String url) {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > "https://".length()
                && !INVISIBLE.matcher(url.strip()).find();
    }

    /**
     * Whether the link names a path inside the site ({@code images/me.jpg}, {@code /cv.html#work}): it has
     * no scheme, is not a {@code //host} link and not a bare {@code #fragment}.
     */
    public static boolean isSitePath(String url) {
        String link = url == null ? "" : url.strip();
        return !link.isEmpty() && !link.startsWith("#") && !link.startsWith("//") && !SCHEME.matcher(link).find();
    }

    /** Whether the link leaves the site (so it gets {@code rel="noopener noreferrer"}). */
    public static boolean isExternal(String url) {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//");
    }

    private static String decodeEntities(String url) {
        Matcher m = ENTITY.matcher(url);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                int code = Integer.parseInt(m.group(1), 10);
                replacement = Character.isValidCodePoint(code) ? Character.toString(code) : "";
            } else if (m.group(2) != null) {
                int code = Integer.parseInt(m.group(2), 16);
                replacement = Character.isValidCodePoint(code) ? Character.toString(code) : "";
            } else {
                replacement = switch (m.group(3).toLowerCase(Locale.ROOT)) {
                    case "colon" -> ":";
                    case "tab" -> "\t";
                    case "newline" -> "\n";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int firstOf(String s, String chars) {
        int first = Integer.MAX_VALUE;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0) {
                first = Math.min(first, i);
            }
        }
        return first;
    }
}
