package io.newsgraph.sink.map;

import io.newsgraph.TestGraphs;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlMapWriterTest {
    private static String page(io.newsgraph.model.Graph graph) throws Exception {
        StringWriter out = new StringWriter();
        MapExporter.render(graph, MapFormat.HTML, MapOptions.whole(), out);
        return out.toString();
    }

    @Test
    void pageIsSelfContainedWithTheLibraryInlined() throws Exception {
        String html = page(TestGraphs.small());
        assertThat(html).contains("Cytoscape.js 3.33.1", "The Cytoscape Consortium", "<script id=\"graph-data\" type=\"application/json\">");
        assertThat(html.length()).isGreaterThan(400_000);
        assertThat(html).doesNotContainPattern("(?i)<script[^>]+src=");
        assertThat(html).doesNotContainPattern("(?i)<link[^>]+href=");
        assertThat(html).doesNotContainPattern("\\{\\{(CSP|CSS|DATA|CYTOSCAPE|APP|VERSION)}}");
    }

    @Test
    void contentSecurityPolicyAllowsExactlyTheInlineScripts() throws Exception {
        String html = page(MapTestGraphs.hostile());
        Matcher scripts = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        List<String> hashes = new ArrayList<>();
        while (scripts.find()) {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(scripts.group(1).getBytes(StandardCharsets.UTF_8));
            hashes.add("'sha256-" + Base64.getEncoder().encodeToString(d) + "'");
        }
        assertThat(hashes).hasSize(2);
        assertThat(html).contains("script-src " + hashes.get(0) + " " + hashes.get(1) + ";", "default-src 'none'");
        // Three script elements in all: data, library, page script. The hostile text added none.
        assertThat(Pattern.compile("(?i)<script").matcher(html).results().count()).isEqualTo(3);
        assertThat(html).doesNotContain(MapTestGraphs.IMG_NAME, "<script>alert(1)");
    }

    @Test
    void scriptSafeKeepsEndTagsOutOfInlineCode() {
        assertThat(HtmlMapWriter.scriptSafe("a='</SCRIPT>'; b='<!--'")).isEqualTo("a='<\\/SCRIPT>'; b='<\\!--'");
    }

    @Test
    void templateFillsSlotsOnceAndRejectsMissingOnes() {
        Template t = new Template("<a>{{X}}</a><b>{{Y}}</b>");
        assertThat(t.render(Map.of("X", "{{Y}}", "Y", "y"))).isEqualTo("<a>{{Y}}</a><b>y</b>");
        assertThatThrownBy(() -> t.render(Map.of("X", "x"))).hasMessageContaining("{{Y}}");
    }
}
