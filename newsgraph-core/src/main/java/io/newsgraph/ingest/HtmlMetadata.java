package io.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Article metadata from a page's head: JSON-LD (schema.org NewsArticle and kin) first, since it
 * is the most structured, then Open Graph / article: / Dublin Core meta tags, then the visible
 * headline and byline.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "BlogPosting", "LiveBlogPosting", "Report", "SocialMediaPosting", "TechArticle", "ScholarlyArticle");

    String title;
    String author;
    String published;
    String source;
    String url;
    /** JSON-LD articleBody: the text to fall back on when the page body has none. */
    String articleBody;

    static HtmlMetadata read(Document doc, ReadContext in) {
        HtmlMetadata m = new HtmlMetadata();
        JsonNode ld = jsonLdArticle(doc, in);
        if (ld != null) {
            m.title = text(ld, "headline", "name");
            m.author = names(ld.get("author"));
            m.published = text(ld, "datePublished", "dateCreated", "uploadDate");
            m.source = names(ld.get("publisher"));
            m.url = idOrText(ld.get("url"), ld.get("mainEntityOfPage"));
            m.articleBody = text(ld, "articleBody");
        }
        // The <title> before the first h1: on many templates the first h1 is the site's logo.
        m.title = first(m.title, meta(doc, "og:title", "twitter:title", "dc.title", "headline"),
                pageTitle(doc), text(doc.selectFirst("h1")));
        m.author = first(m.author, notUrl(meta(doc, "author", "article:author", "dc.creator", "parsely-author",
                "sailthru.author")), byl(meta(doc, "byl")), text(doc.selectFirst("[itemprop=author] [itemprop=name]")),
                text(doc.selectFirst("[itemprop=author]")), text(doc.selectFirst("a[rel=author]")));
        m.published = first(m.published, meta(doc, "article:published_time", "og:published_time", "date",
                        "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created",
                        "sailthru.date", "parsely-pub-date", "datepublished"),
                attr(doc.selectFirst("[itemprop=datePublished]"), "content", "datetime"),
                attr(doc.selectFirst("article time[datetime], time[pubdate]"), "datetime"));
        m.source = first(m.source, meta(doc, "og:site_name", "application-name", "publisher", "dc.publisher"));
        m.url = first(m.url, attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        m.title = withoutSiteName(m.title, m.source);
        return m;
    }

    private static JsonNode jsonLdArticle(Document doc, ReadContext in) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                // Some templates wrap the JSON in CDATA or comment markers for old XHTML parsers.
                String json = script.data().strip().replaceAll("^(<!\\[CDATA\\[|<!--)|(\\]\\]>|-->)$", "").strip();
                root = JSON.readTree(json);
            } catch (Exception e) {
                in.warn(0, "JSON-LD block is not valid JSON; its metadata ignored");
                continue;
            }
            for (JsonNode node : candidates(root)) {
                if (isArticle(node.get("@type"))) {
                    return node;
                }
            }
        }
        return null;
    }

    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        if (root.isArray()) {
            root.forEach(n -> out.addAll(candidates(n)));
        } else if (root.isObject()) {
            out.add(root);
            if (root.has("@graph")) {
                out.addAll(candidates(root.get("@graph")));
            }
        }
        return out;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static String text(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && v.isValueNode() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    /** "author": "A", {"name": "A"}, or a list of either: "A, B". */
    private static String names(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText().isBlank() ? null : node.asText();
        }
        if (node.isArray()) {
            List<String> all = new ArrayList<>();
            node.forEach(n -> {
                String s = names(n);
                if (s != null) {
                    all.add(s);
                }
            });
            return all.isEmpty() ? null : String.join(", ", all);
        }
        return text(node, "name");
    }

    private static String idOrText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n == null) {
                continue;
            }
            if (n.isTextual() && !n.asText().isBlank()) {
                return n.asText();
            }
            if (n.isObject() && n.hasNonNull("@id")) {
                return n.get("@id").asText();
            }
        }
        return null;
    }

    private static String meta(Document doc, String... keys) {
        for (String key : keys) {
            for (Element e : doc.select("meta[content]")) {
                String k = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
                if (k.equalsIgnoreCase(key) && !e.attr("content").isBlank()) {
                    return e.attr("content");
                }
            }
        }
        return null;
    }

    private static String attr(Element e, String... names) {
        if (e == null) {
            return null;
        }
        for (String n : names) {
            if (!e.attr(n).isBlank()) {
                return e.attr(n);
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null || e.text().isBlank() ? null : e.text();
    }

    /** The page title without the " | Site name" or " - Site name" tail most sites add. */
    private static String pageTitle(Document doc) {
        String t = doc.title();
        if (t.isBlank()) {
            return null;
        }
        String[] parts = t.split("\\s+[|–—-]\\s+");
        return parts.length > 1 ? parts[0] : t;
    }

    /** "Budget Passes - Valley Times" is "Budget Passes" when the site is Valley Times. */
    private static String withoutSiteName(String title, String site) {
        if (title == null || site == null) {
            return title;
        }
        for (String sep : new String[] {" - ", " | ", " – ", " — ", " :: "}) {
            if (title.endsWith(sep + site) && title.length() > sep.length() + site.length()) {
                return title.substring(0, title.length() - sep.length() - site.length()).strip();
            }
        }
        return title;
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    /** The New York Times style "byl" meta: "By Jane Doe". */
    private static String byl(String s) {
        return s == null ? null : s.replaceFirst("(?i)^by\\s+", "");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
