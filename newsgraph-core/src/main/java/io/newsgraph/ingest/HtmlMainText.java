package io.newsgraph.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The story text of a page: the element that holds most paragraph text (an article, the
 * articleBody, main), minus furniture (html-noise.txt) and link lists, as paragraphs separated by
 * blank lines. Headings and list items stay paragraphs of their own.
 */
final class HtmlMainText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd",
            "hr", "details", "summary", "caption", "body", "center");
    private static final String ROOT_CANDIDATES = "article, [itemprop=articleBody], main, [role=main], "
            + "[class~=(?i)(article|story|post|entry)[-_]?(body|content|text)], "
            + "[id~=(?i)(article|story|post|entry)[-_]?(body|content|text)]";
    private static final double LINK_LIST_SHARE = 0.7;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final HtmlNoise noise;

    HtmlMainText(HtmlNoise noise) {
        this.noise = noise;
    }

    String extract(Document doc) {
        Element root = pickRoot(doc);
        int rootText = root.text().length();
        root.select(noise.selectors()).remove();
        List<Element> furniture = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            // A class word like "sidebar" on a wrapper that holds most of the story is layout, not furniture.
            if (e != root && noise.isFurniture(e) && e.text().length() * 2 < rootText) {
                furniture.add(e);
            }
        }
        furniture.forEach(Element::remove);
        for (Element e : root.select("ul, ol, div, section, p, table")) {
            if (e != root && isLinkList(e)) {
                e.remove();
            }
        }
        return toParagraphs(root);
    }

    private static Element pickRoot(Document doc) {
        Element best = null;
        int bestScore = 0;
        for (Element candidate : doc.select(ROOT_CANDIDATES)) {
            int score = paragraphText(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best != null && bestScore >= 100 ? best : doc.body();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** A block of two or more links whose text is mostly link text: a menu or "related" list. */
    private static boolean isLinkList(Element e) {
        Elements links = e.select("a");
        if (links.size() < 2) {
            return false;
        }
        int linkText = 0;
        for (Element a : links) {
            linkText += a.text().length();
        }
        int all = e.text().length();
        return all > 0 && linkText >= all * LINK_LIST_SHARE;
    }

    private static String toParagraphs(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = WHITESPACE.matcher(t.getWholeText()).replaceAll(" ");
                    if (!s.isBlank() || out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                        out.append(s);
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        });
        return out.toString();
    }
}
