package io.newsgraph.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTML pages (jsoup): metadata from JSON-LD and meta tags, text from the main article element.
 * Markup limits are larger than for text: a page carries scripts and styles around its story.
 */
final class HtmlReader implements ArticleReader {
    /** HTML may be this many times the text limit: markup, inline scripts and styles weigh more. */
    static final int MARKUP_FACTOR = 4;
    private static final int MAX_PARAGRAPHS_BEFORE_HEADLINE = 6;
    private static final Pattern LOOKS_HTML = Pattern.compile(
            "(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body|<meta|<title|<article)");
    private static final Pattern TAGS = Pattern.compile("(?i)</?(p|div|span|a|br|h[1-6]|article|section)\\b[^>]*>");

    /** The noise rules are read once per JVM; the extractor holds no state between pages. */
    private static final HtmlMainText MAIN_TEXT = new HtmlMainText(HtmlNoise.load());

    @Override
    public String format() {
        return "HTML";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm", "xhtml", "shtml");
    }

    /** A doctype or html/head/body tag at the top, or text dense with paragraph tags. */
    @Override
    public boolean sniff(String head) {
        if (LOOKS_HTML.matcher(head).lookingAt()) {
            return true;
        }
        return head.stripLeading().startsWith("<") && TAGS.matcher(head).results().limit(5).count() >= 5;
    }

    @Override
    public List<Draft> read(ReadContext in) throws IOException, RejectedInput {
        String html = closeUnclosedTitle(in.text(in.maxBytes() * MARKUP_FACTOR));
        Document doc = Jsoup.parse(html, in.source().isStdin() ? "" : in.source().path().toUri().toString());
        if (looksTruncated(html)) {
            in.warn(0, "HTML looks cut off (no closing </body> or </html>); read what is there");
        }
        HtmlMetadata meta = HtmlMetadata.read(doc, in);
        String headline = visibleHeadline(doc, meta.title);
        String text = MAIN_TEXT.extract(doc);
        if (text.isBlank() && meta.articleBody != null) {
            text = meta.articleBody;
        }
        if (text.isBlank()) {
            throw new RejectedInput("no article text found in the HTML page");
        }
        if (headline != null && !headline.isEmpty()) {
            text = startAtHeadline(text, headline);
        }
        String title = meta.title != null ? meta.title : firstLine(text);
        return List.of(new Draft(null, title, meta.source, meta.published, meta.url, meta.author, text, 0));
    }

    /** The most characters a title fallen back on may have. */
    static final int MAX_TITLE = 300;
    private static final java.util.regex.Pattern OPEN_TITLE = java.util.regex.Pattern.compile("<title\\b[^>]*>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A {@code <title>} never closed makes an HTML parser read the whole rest of the page as the
     * title, and the page as having no body. The title then ends at its line's end or the next tag,
     * whichever comes first, and at most {@link #MAX_TITLE} characters on. (Such a page is usually
     * cut off too, and says so in its one warning line.)
     */
    static String closeUnclosedTitle(String html) {
        java.util.regex.Matcher m = OPEN_TITLE.matcher(html);
        if (!m.find() || html.toLowerCase(java.util.Locale.ROOT).indexOf("</title", m.end()) >= 0) {
            return html;
        }
        int end = m.end();
        while (end < html.length() && end - m.end() < MAX_TITLE && html.charAt(end) != '\n' && html.charAt(end) != '<') {
            end++;
        }
        return html.substring(0, end) + "</title>" + html.substring(end);
    }

    /** An empty or missing title falls back to the text's first line, at most {@link #MAX_TITLE} characters. */
    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.isEmpty() ? null : line.length() > MAX_TITLE ? line.substring(0, MAX_TITLE).strip() : line;
    }

    /**
     * The visible headline is part of what the page says, and as its own paragraph it never runs
     * into the first sentence. What the page shows above it (section labels, kickers) is not story.
     */
    static String startAtHeadline(String text, String headline) {
        String body = text.replaceAll("\\s*\\n\\s*\\n\\s*", "\n\n").strip();
        String[] paras = body.split("\n\n");
        String wanted = headline.replaceAll("\\s+", " ");
        for (int i = 0; i < Math.min(paras.length, MAX_PARAGRAPHS_BEFORE_HEADLINE); i++) {
            if (paras[i].replaceAll("\\s+", " ").strip().equals(wanted)) {
                return String.join("\n\n", java.util.Arrays.copyOfRange(paras, i, paras.length));
            }
        }
        return headline + "\n\n" + body;
    }

    /**
     * The h1 that shows the story's title: the first one that matches the metadata title (the
     * first h1 of many templates is the site logo), or the first h1 when there is no title.
     */
    static String visibleHeadline(Document doc, String title) {
        String wanted = title == null ? null : comparable(title);
        for (Element h1 : doc.select("h1")) {
            String text = h1.text().strip();
            String c = comparable(text);
            if (c.isEmpty()) {
                continue;
            }
            if (wanted == null || c.equals(wanted)
                    || Headlines.wordCount(text) >= 3 && (wanted.contains(c) || c.contains(wanted) || overlap(c, wanted) >= 0.6)) {
                return text;
            }
        }
        return null;
    }

    /** Shared words over all words: an edited headline ("hands-on:" for "is") still matches. */
    private static double overlap(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>(List.of(a.split(" ")));
        java.util.Set<String> y = new java.util.HashSet<>(List.of(b.split(" ")));
        java.util.Set<String> union = new java.util.HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 0 : (double) x.size() / union.size();
    }

    private static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A full page (doctype or html tag) that never closes its body was cut off in transit. */
    private static boolean looksTruncated(String html) {
        String start = html.substring(0, Math.min(html.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        if (!start.startsWith("<!doctype") && !start.startsWith("<html")) {
            return false;
        }
        String tail = html.substring(Math.max(0, html.length() - 4096)).toLowerCase(Locale.ROOT);
        return !tail.contains("</html>") && !tail.contains("</body>");
    }
}
