package io.github.personalsite.engine.content;

import io.github.personalsite.engine.profile.SafeUrl;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * One walk over a parsed post body before it is rendered: takes the URL off links and images that
 * {@link SafeUrl} refuses, lists those that name a path inside the site, notes raw HTML, counts words
 * and Chinese and Japanese characters, and keeps the text of the first paragraph that has some outside
 * pictures (a paragraph of pictures alone is skipped; a picture within text gives its alt text).
 */
final class TextStats extends AbstractVisitor {
    int words;
    int cjk;
    /** The text of the paragraph that may become the excerpt. */
    private StringBuilder candidate;
    boolean rawHtml;
    /** Destinations of links and images that name a path inside the site, in order. */
    final java.util.List<String> sitePaths = new java.util.ArrayList<>();
    private boolean inCandidate;
    private boolean excerptTaken;
    private int inImage;
    private boolean textOutsideImage;
    /** The first paragraph's text, when no paragraph has text outside pictures. */
    private String firstParagraph;

    String excerpt() {
        return excerptTaken ? candidate.toString() : firstParagraph == null ? "" : firstParagraph;
    }

    @Override
    public void visit(org.commonmark.node.Link link) {
        link.setDestination(checked(link.getDestination()));
        visitChildren(link);
    }

    @Override
    public void visit(org.commonmark.node.Image image) {
        image.setDestination(checked(image.getDestination()));
        inImage++;
        visitChildren(image);
        inImage--;
    }

    /** The destination, or "" when it is unsafe; one naming a path inside the site is noted. */
    private String checked(String destination) {
        if (!SafeUrl.isSafe(destination)) {
            return "";
        }
        if (SafeUrl.isSitePath(destination)) {
            sitePaths.add(destination);
        }
        return destination;
    }

    @Override
    public void visit(org.commonmark.node.HtmlBlock html) {
        rawHtml = true;
    }

    @Override
    public void visit(org.commonmark.node.HtmlInline html) {
        rawHtml = true;
    }

    @Override
    public void visit(Paragraph paragraph) {
        boolean first = !excerptTaken && !inCandidate;
        if (first) {
            candidate = new StringBuilder();
            inCandidate = true;
            textOutsideImage = false;
        }
        visitChildren(paragraph);
        if (first) {
            inCandidate = false;
            excerptTaken = textOutsideImage;
            if (firstParagraph == null) {
                firstParagraph = candidate.toString();
            }
        }
    }

    @Override
    public void visit(Text text) {
        String literal = text.getLiteral();
        boolean inWord = false;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c >= 0x3000) {
                if (isCjk(c)) { // a word of its own
                    cjk++;
                    inWord = false;
                    continue;
                }
                if (Character.isLowSurrogate(c)) { // the second half of a character counted with the first
                    continue;
                }
                if (isPunctuation(c)) { // 、。「」，！: between words, like a space
                    inWord = false;
                    continue;
                }
            }
            // printable ASCII is never white space: most characters skip the Unicode lookup
            boolean space = (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        if (inCandidate) {
            candidate.append(literal);
            textOutsideImage |= inImage == 0 && !literal.isBlank();
        }
    }

    /**
     * Kana (half-width too) and CJK ideographs (with the first half of those beyond the BMP,
     * U+20000–U+2FFFF). Korean is written with spaces between words and counted by word.
     */
    private static boolean isCjk(char c) {
        return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0xD840 && c <= 0xD87F);
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    @Override
    public void visit(org.commonmark.node.Code code) {
        if (inCandidate) {
            candidate.append(code.getLiteral());
            textOutsideImage |= inImage == 0;
        }
        words++;
    }

    @Override
    public void visit(org.commonmark.node.SoftLineBreak softLineBreak) {
        if (inCandidate) {
            candidate.append(' ');
        }
    }
}
