package io.newsgraph.ingest;

import java.util.regex.Pattern;

/**
 * Markdown body to plain text: the words a reader sees, with headings, list items and
 * quotations as paragraphs of their own. Images, code blocks, HTML tags, link targets,
 * emphasis marks and footnote markers are markup, not text.
 */
final class MarkdownText {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((?:[^()\\s]|\\([^)]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]]+\\](?!:)");
    private static final Pattern FOOTNOTE_DEF = Pattern.compile("^\\[\\^[^\\]]+\\]:\\s*");
    private static final Pattern LINK_DEF = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>|<!--.*?-->");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(?:>\\s?)+(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s*(=+|-+)\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");

    private MarkdownText() {
    }

    static String toPlainText(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (String raw : markdown.split("\n", -1)) {
            String line = raw;
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
                out.append('\n');
                continue;
            }
            if (inFence || LINK_DEF.matcher(line).matches() || TABLE_RULE.matcher(line).matches()) {
                continue;
            }
            if (RULE.matcher(line).matches() || SETEXT_UNDERLINE.matcher(line).matches()) {
                out.append('\n');
                continue;
            }
            var m = HEADING.matcher(line);
            boolean ownParagraph = false;
            if (m.matches()) {
                line = m.group(1);
                ownParagraph = true;
            } else if ((m = LIST_ITEM.matcher(line)).matches()) {
                line = m.group(1);
                ownParagraph = true;
            } else if ((m = QUOTE.matcher(line)).matches()) {
                line = m.group(1);
            }
            line = FOOTNOTE_DEF.matcher(line).replaceFirst("");
            line = inline(line);
            if (line.strip().startsWith("|") && line.strip().endsWith("|")) {
                line = line.strip().replaceAll("^\\||\\|$", "").replaceAll("\\s*\\|\\s*", " · ");
            }
            if (ownParagraph) {
                out.append('\n').append(line).append("\n\n");
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    static String inline(String line) {
        String s = IMAGE.matcher(line).replaceAll("");
        s = LINK.matcher(s).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(r.group(1)));
        s = REFERENCE_LINK.matcher(s).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(r.group(1)));
        s = FOOTNOTE_REF.matcher(s).replaceAll("");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = CODE.matcher(s).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(r.group(1)));
        s = STRONG.matcher(s).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(r.group(2)));
        s = EMPHASIS.matcher(s).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(r.group(2)));
        return s.replace("\\*", "*").replace("\\_", "_").replace("\\#", "#");
    }
}
