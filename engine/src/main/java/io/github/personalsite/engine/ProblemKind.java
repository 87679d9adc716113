package io.github.personalsite.engine;

import io.github.personalsite.engine.Problem.Severity;

/**
 * Every message the build can print, with its fix. {@code %s} stands for a value from the input.
 * docs/troubleshooting.md lists them all; a test keeps the two in step.
 */
public enum ProblemKind {
    // The file itself
    FILE_NOT_FOUND(Severity.ERROR, "file not found", "create it, or point the build at your profile"),
    FILE_UNREADABLE(Severity.ERROR, "cannot be read: %s", "check that the file exists and is readable"),
    FILE_EMPTY(Severity.ERROR, "the file is empty",
            "write a JSON object, e.g. {\"basics\": {\"name\": \"Your Name\"}}"),
    INVALID_UTF8(Severity.ERROR, "invalid UTF-8 byte 0x%s", "save the file as UTF-8"),
    BYTE_ORDER_MARK(Severity.WARNING, "the file starts with a byte order mark, which is ignored",
            "save it as UTF-8 without BOM"),
    COMMENTS(Severity.WARNING, "comments are not JSON; %s ignored", "remove them: other JSON tools reject them"),

    // JSON syntax
    MISSING_COMMA(Severity.ERROR, "missing comma before this value", "add a comma at the end of the previous entry"),
    TRAILING_COMMA(Severity.ERROR, "comma before a closing bracket", "remove the last comma"),
    UNQUOTED_KEY(Severity.ERROR, "keys need double quotes", "write \"key\": value"),
    SINGLE_QUOTES(Severity.ERROR, "strings need double quotes, not single quotes", "write \"text\""),
    UNTERMINATED_STRING(Severity.ERROR, "a string runs to the end of the line",
            "close it with a double quote; write a line break inside text as \\n"),
    CONTROL_CHARACTER(Severity.ERROR, "a control character (such as a tab) inside a string", "write a tab as \\t"),
    MISSING_COLON(Severity.ERROR, "missing colon after the key", "write \"key\": value"),
    UNEXPECTED_CLOSE(Severity.ERROR, "this closing bracket does not match the open one",
            "close { with } and [ with ]"),
    UNCLOSED(Severity.ERROR, "the file ends before every { and [ is closed", "add the missing } or ]"),
    TRAILING_CONTENT(Severity.ERROR, "more content after the end of the document",
            "remove everything after the last closing }"),
    UNKNOWN_WORD(Severity.ERROR, "unknown word %s", "put text in double quotes; true, false and null are lower case"),
    INVALID_JSON(Severity.ERROR, "invalid JSON: %s", "fix the JSON syntax at this place"),
    NOT_AN_OBJECT(Severity.ERROR, "the profile must be a JSON object, found %s",
            "write {\"basics\": {\"name\": \"Your Name\"}, …}"),

    // Values
    WRONG_TYPE(Severity.ERROR, "expected %s, found %s", "see docs/profile-format.md for what this field holds"),
    MISSING_FIELD(Severity.ERROR, "\"%s\" is missing", "add it; see docs/profile-format.md"),
    NO_NAME(Severity.ERROR, "the profile has no name", "add \"basics\": {\"name\": \"Your Name\"}"),
    NOT_A_DATE(Severity.ERROR, "\"%s\" is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-05"),
    END_BEFORE_START(Severity.ERROR, "ends (%s) before it starts (%s)",
            "swap the two dates, or correct the one that is wrong"),
    UNSAFE_LINK(Severity.ERROR, "\"%s\" is not a link this site will publish",
            "use an http(s), mailto: or tel: URL, or a path inside the site"),
    NOT_A_URL(Severity.ERROR, "\"%s\" cannot be a URL", "%s"),
    NOT_AN_EMAIL(Severity.ERROR, "\"%s\" is not an e-mail address", "write it as name@example.org"),
    NOT_A_COLOUR(Severity.ERROR, "\"%s\" is not a colour", "write #rgb or #rrggbb, e.g. #1d5fa7"),
    NOT_A_LANGUAGE(Severity.ERROR, "\"%s\" is not a language tag", "write a BCP 47 tag such as en, de or zh-CN"),
    SITE_URL_NOT_ABSOLUTE(Severity.ERROR, "\"%s\" is not an absolute http(s) URL",
            "write where the site is published, e.g. https://you.github.io/"),
    TOO_SMALL(Severity.ERROR, "%s is less than %s", "write a whole number of %s or more"),
    NOT_A_WHOLE_NUMBER(Severity.ERROR, "%s is not a whole number", "write it without a fraction, e.g. 15000"),

    // Tolerated, with a warning
    UNKNOWN_KEY(Severity.WARNING, "unknown key \"%s\" is ignored", "%s"),
    LEGACY_KEY(Severity.WARNING, "\"%s\" is the old JSON Resume name of \"%s\"", "rename it"),
    LEGACY_KEY_SHADOWED(Severity.WARNING, "\"%s\" is ignored because \"%s\" is there too",
            "remove the old key"),
    ONGOING_END_DATE(Severity.WARNING, "endDate \"%s\" is read as ongoing", "leave endDate out while it goes on"),
    EMPTY_VALUE(Severity.WARNING, "%s is treated as absent", "remove it"),
    COUNTRY_NAME(Severity.WARNING, "\"%s\" is read as the country code %s", "write \"%s\""),
    NOT_A_COUNTRY_CODE(Severity.WARNING, "\"%s\" is not an ISO 3166-1 country code",
            "write the two-letter code, e.g. CN, DE or US"),
    STILL_SAMPLE(Severity.WARNING, "this is still the sample profile",
            "replace it with your own data (docs/getting-started.md)"),

    // Posts (content/posts/*.md)
    FRONT_MATTER_SYNTAX(Severity.ERROR, "invalid front matter: %s", "front matter is YAML between two lines of ---"),
    FRONT_MATTER_UNCLOSED(Severity.ERROR, "the front matter is not closed", "end it with a line of ---"),
    NO_TITLE(Severity.ERROR, "the post has no title", "add title: Your title to the front matter"),
    NO_POST_DATE(Severity.ERROR, "the post has no date",
            "name the file YYYY-MM-DD-slug.md or add date: YYYY-MM-DD to the front matter"),
    NOT_A_POST_DATE(Severity.ERROR, "\"%s\" is not a date", "write YYYY-MM-DD, e.g. 2024-05-17"),
    DUPLICATE_SLUG(Severity.ERROR, "the address posts/%s.html is taken by %s too",
            "rename one of the files, or give it another slug: in its front matter"),
    NOT_A_SLUG(Severity.ERROR, "\"%s\" cannot be part of an address", "use lower-case letters, digits and -"),
    NO_SLUG_IN_NAME(Severity.ERROR, "the file name gives no address: it has no letters a-z or digits",
            "rename the file, e.g. 2024-06-01-my-first-post.md, or add slug: my-first-post to the front matter"),

    // Templates and output
    TEMPLATE_ERROR(Severity.ERROR, "template error: %s",
            "fix the template, or delete it to fall back to the default theme"),
    NOT_IN_SITE(Severity.WARNING, "\"%s\" names no file of the site", "put the file at static/%s, or correct the link"),
    POST_LINK_NOT_IN_SITE(Severity.WARNING, "\"%s\" names no file of the site: read from the post's page, %s, it is %s",
            "put the file at static/%s, or correct the link: a post's links are relative to its page, "
                    + "so ../images/photo.jpg is static/images/photo.jpg"),
    STATIC_LINK_OUTSIDE(Severity.WARNING, "links to %s, outside static/, and is not copied",
            "copy the file into static/ instead of linking it"),
    OUTPUT_NOT_A_FOLDER(Severity.ERROR, "the output exists and is not a folder",
            "remove it or choose another output folder"),
    CANNOT_WRITE(Severity.ERROR, "cannot write the site: %s", "check that the folder is writable"),
    UNNAMEABLE_FILE(Severity.ERROR, "cannot name the file %s: this Java writes file names in %s",
            "start Java with a UTF-8 locale, e.g. LANG=C.UTF-8");

    private final Severity severity;
    private final String message;
    private final String hint;

    ProblemKind(Severity severity, String message, String hint) {
        this.severity = severity;
        this.message = message;
        this.hint = hint;
    }

    public Severity severity() {
        return severity;
    }

    /** The message with {@code %s} where values go. */
    public String messageTemplate() {
        return message;
    }

    public String hintTemplate() {
        return hint;
    }

    /**
     * A problem of this kind. The arguments fill the message's {@code %s} first, then the hint's.
     */
    public Problem at(String file, int line, int column, String pointer, Object... values) {
        Object[] args = java.util.Arrays.stream(values).map(ProblemKind::visible).toArray();
        int inMessage = count(message);
        Object[] forMessage = java.util.Arrays.copyOfRange(args, 0, Math.min(inMessage, args.length));
        Object[] forHint = java.util.Arrays.copyOfRange(args, Math.min(inMessage, args.length), args.length);
        String hintText = count(hint) == 0 ? hint : forHint.length == 0 ? null : String.format(hint, forHint);
        return new Problem(this, file, line, column, pointer, String.format(message, forMessage), hintText, null);
    }

    /** A value as it can be read in a console: control characters written as escapes. */
    private static Object visible(Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static int count(String template) {
        int n = 0;
        for (int i = template.indexOf("%s"); i >= 0; i = template.indexOf("%s", i + 2)) {
            n++;
        }
        return n;
    }
}
