package io.newsgraph.sink.map;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Graph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The map page of TestGraphs.small() in headless Chromium: counts, search, clicks, filters, escaping. */
class MapPageIT extends BrowserPages {
    private static void openSmall() throws IOException {
        browser.open(write(TestGraphs.small(), "small", MapOptions.whole().withTitle("Fixture articles")));
    }

    private static String panelText() {
        return (String) browser.js("return document.getElementById('panel').textContent;");
    }

    private static long visibleNodes() {
        return browser.settled("return newsgraph.cy.nodes(':visible').length;");
    }

    private static long visibleEdges() {
        return browser.settled("return newsgraph.cy.edges(':visible').length;");
    }

    /** A real mouse click where Cytoscape drew the element (offsets from the canvas centre). */
    @SuppressWarnings("unchecked")
    private static void clickAt(String positionScript) {
        Map<String, Number> p = (Map<String, Number>) browser.js(positionScript);
        WebElement canvas = browser.driver.findElement(By.id("cy"));
        int dx = (int) Math.round(p.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(p.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(browser.driver).moveToElement(canvas, dx, dy).click().perform();
    }

    private static void waitFor(String condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.js("return " + condition + ";")));
    }

    @Test
    void drawsEveryEntityAndFactOfTheGraph() throws IOException {
        Graph graph = TestGraphs.small();
        openSmall();
        assertThat(browser.number("return newsgraph.cy.nodes().length;")).isEqualTo(graph.entities().size());
        assertThat(browser.number("return newsgraph.cy.edges().length;")).isEqualTo(graph.facts().size());
        assertThat(visibleNodes()).isEqualTo(graph.entities().size());
        assertThat(visibleEdges()).isEqualTo(graph.facts().size());
        assertThat(browser.driver.findElement(By.id("counts")).getText()).isEqualTo("9 entities · 8 facts · 2 articles");
        assertThat(browser.driver.getTitle()).isEqualTo("Fixture articles");
        // Styles follow the statement: arrows only for directed facts, dashes for reports, dots for hypotheses.
        assertThat(browser.js("return newsgraph.cy.edges('.symmetric').map(e => e.style('target-arrow-shape'));"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsOnly("none");
        assertThat(browser.js("return newsgraph.cy.edges('.hypothetical').map(e => e.style('line-style'));"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsOnly("dotted");
        assertThat(browser.js("return newsgraph.cy.edges('.reported').map(e => e.style('line-style'));"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsOnly("dashed");
        assertThat(browser.js("return newsgraph.cy.edges('.negated').map(e => e.style('target-arrow-shape'));"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("small");
    }

    @Test
    void disputedClaimsAreDrawnApartAndTheirEvidenceSaysWhoAssertsAndWhoDenies() throws IOException {
        browser.open(write(TestGraphs.fromResource("/claims/corpus-graph.jsonl"), "claims", MapOptions.whole()));
        String disputed = "newsgraph.cy.edges('.disputed')";
        assertThat(browser.number("return " + disputed + ".length;")).isPositive();
        assertThat(browser.js("return " + disputed + ".map(e => newsgraph.data.edges[e.data('i')].claim.status);"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsOnly("disputed");
        assertThat(browser.js("return " + disputed + ".map(e => e.style('line-color'));"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsOnly("rgb(211,84,0)");
        assertThat(browser.js("return newsgraph.cy.edges().not('.disputed').map(e => e.style('line-color'));"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).doesNotContain("rgb(211,84,0)");
        assertThat(browser.driver.findElement(By.className("legend")).getText()).contains("disputed claim");
        browser.js("newsgraph.showEdge(newsgraph.data.edges.findIndex(e => e.predicate === 'MET_WITH' && e.polarity === 'positive'));");
        waitFor("document.getElementById('panel').textContent.includes('Claim: disputed')");
        assertThat(panelText()).contains("Asserted by", "Denied by", "Tomas Reyes", "Outlets for");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("claims-disputed");
    }

    @Test
    void eventLinesCanBeFilteredAndColouredByTheirGoldsteinTone() throws IOException {
        browser.open(write(TestGraphs.fromResource("/map/tones-graph.jsonl"), "tones", MapOptions.whole()));
        assertThat(browser.driver.findElement(By.id("tones")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("tone-filters")).getText())
                .contains("Cooperation", "Neutral", "Conflict", "Other facts");
        String conflict = "return newsgraph.cy.edges('.tone-conflict').map(e => e.style('line-color'));";
        String cooperation = "return newsgraph.cy.edges('.tone-cooperation').map(e => e.style('line-color'));";
        // the default colour until the reader asks for tones
        assertThat(browser.js(conflict)).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("rgb(102,120,138)");
        assertThat(browser.driver.findElement(By.id("tone-legend")).isDisplayed()).isFalse();

        browser.driver.findElement(By.id("color-tones")).click();
        waitFor("newsgraph.cy.edges('.toned').length === 4");
        assertThat(browser.js(conflict)).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("rgb(118,42,131)");
        assertThat(browser.js(cooperation)).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("rgb(27,120,55)");
        assertThat(browser.driver.findElement(By.id("tone-legend")).getText()).contains("cooperation", "conflict", "Goldstein");
        browser.screenshot("tones-coloured");

        browser.driver.findElement(By.cssSelector("#tone-filters input[data-tone=conflict]")).click();
        assertThat(visibleEdges()).isEqualTo(3);
        browser.driver.findElement(By.cssSelector("#tone-filters input[data-tone=none]")).click();
        assertThat(visibleEdges()).isEqualTo(2);

        browser.js("newsgraph.showEdge(newsgraph.data.edges.findIndex(e => e.predicate === 'ATTACKED'));");
        waitFor("document.getElementById('panel').textContent.includes('Goldstein weight')");
        assertThat(panelText()).contains("CAMEO code", "190", "-10.0 (conflict)");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void searchFindsByNameAndAliasAndHighlights() throws IOException {
        openSmall();
        WebElement search = browser.driver.findElement(By.id("search"));
        search.sendKeys("lindqvist");
        waitFor("newsgraph.cy.nodes('.match').length === 1");
        assertThat(browser.js("return newsgraph.data.nodes[newsgraph.cy.nodes('.match')[0].data('i')].name;"))
                .isEqualTo("Maria Lindqvist");
        assertThat(browser.driver.findElement(By.id("search-results")).getText()).contains("Maria Lindqvist");

        search.clear();
        search.sendKeys("union leaders");
        waitFor("newsgraph.cy.nodes('.match').length === 1");
        assertThat(browser.js("return newsgraph.data.nodes[newsgraph.cy.nodes('.match')[0].data('i')].name;"))
                .isEqualTo("Riverton union");
        browser.screenshot("small-search");
        search.sendKeys("\n");
        waitFor("document.getElementById('panel').textContent.includes('Riverton union')");
        assertThat(panelText()).contains("met with");
    }

    @Test
    void clickingANodeListsItsFactsAndAnEdgeShowsItsEvidence() throws IOException {
        openSmall();
        String node = "newsgraph.cy.nodes().filter(n => newsgraph.data.nodes[n.data('i')].name === 'Kalev Power')[0]";
        clickAt("return " + node + ".renderedPosition();");
        waitFor("document.querySelector('#panel h2') && document.querySelector('#panel h2').textContent === 'Kalev Power'");
        assertThat(panelText()).contains("Facts (2)", "located in", "Tallinn", "owns", "Nordlys Energy", "hypothetical");
        browser.screenshot("small-node");

        String edge = "newsgraph.cy.edges().filter(e => newsgraph.data.edges[e.data('i')].object === 'Tallinn')[0]";
        clickAt("return " + edge + ".renderedMidpoint();");
        waitFor("document.getElementById('panel').textContent.includes('Evidence (1)')");
        assertThat(panelText()).contains("Kalev Power is located in Tallinn.", "Nordlys Energy to buy Kalev Power",
                "2025-03-03", "Fixture Wire", "rule: copula/located-in", "confidence 0.85", "positive", "asserted");
        assertThat(browser.js("return [...document.querySelectorAll('#panel mark')].map(m => m.textContent);"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("Kalev Power", "Tallinn");
        WebElement link = browser.driver.findElement(By.cssSelector("#panel .evidence a"));
        assertThat(link.getAttribute("href")).isEqualTo("https://example.org/nordlys");
        assertThat(link.getAttribute("rel")).contains("noopener");
        browser.screenshot("small-edge");

        // The reported, negated statement explains itself and names its source.
        browser.js("newsgraph.showEdge(newsgraph.data.edges.findIndex(e => e.predicate === 'COMMUNICATED_WITH'));");
        assertThat(panelText()).contains("not communicated with", "negative", "reported", "Critics",
                "Critics said O'Neil had not consulted residents.");
    }

    @Test
    void filtersChangeWhatIsShown() throws IOException {
        openSmall();
        browser.driver.findElement(By.id("hide-negated")).click();
        assertThat(visibleEdges()).isEqualTo(7);
        browser.driver.findElement(By.id("hide-hypothetical")).click();
        assertThat(browser.js("return document.getElementById('hide-hypothetical').checked;")).isEqualTo(true);
        assertThat(visibleEdges()).isEqualTo(6);
        assertThat(browser.driver.findElement(By.id("counts")).getText()).isEqualTo("showing 9 of 9 entities · 6 of 8 facts");
        browser.driver.findElement(By.id("hide-isolated")).click();
        assertThat(visibleNodes()).isEqualTo(9);

        // Without places and hidden entities without facts, Kalev Power (only a hypothetical OWNS and LOCATED_IN left) goes too.
        browser.driver.findElement(By.cssSelector("#type-filters input[data-type=Location]")).click();
        assertThat(visibleNodes()).isEqualTo(5);
        assertThat(visibleEdges()).isEqualTo(3);

        browser.driver.navigate().refresh();
        browser.open(PAGES.resolve("small.html"));
        browser.js("const s = document.getElementById('min-confidence'); s.value = 0.85; s.dispatchEvent(new Event('input'));");
        assertThat(visibleEdges()).isEqualTo(4);
        assertThat(browser.driver.findElement(By.id("min-confidence-value")).getText()).isEqualTo("0.85");

        browser.driver.navigate().refresh();
        browser.open(PAGES.resolve("small.html"));
        new Select(browser.driver.findElement(By.id("article-filter"))).selectByValue("fx-001");
        assertThat(visibleNodes()).isEqualTo(5);
        assertThat(visibleEdges()).isEqualTo(4);

        browser.driver.findElement(By.id("predicates-none")).click();
        assertThat(browser.driver.findElement(By.id("counts")).getText()).isEqualTo("showing 5 of 9 entities · 0 of 8 facts");
        assertThat(visibleEdges()).isZero();
        browser.screenshot("small-filtered");
    }

    private static void setHops(int hops) {
        WebElement input = browser.driver.findElement(By.id("hops"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), Integer.toString(hops), "\t");
    }

    @Test
    void theEntityPanelSaysWhyEachAliasJoinedAndWhatDecidedTheType() throws IOException {
        openSmall();
        browser.js("newsgraph.showNode(newsgraph.data.nodes.findIndex(n => n.name === 'Tom O\\'Neil'));");
        waitFor("document.querySelector('#panel h2') && document.querySelector('#panel h2').textContent === \"Tom O'Neil\"");
        assertThat(panelText()).contains("Also called", "O'Neil (short name)", "Type decided by", "apposition");
        browser.js("newsgraph.showNode(newsgraph.data.nodes.findIndex(n => n.name === 'Maria Lindqvist'));");
        assertThat(panelText()).contains("Nordlys chief executive Maria Lindqvist (title)", "the NER tags of its names");
        // a reason is text, never markup
        browser.js("newsgraph.showNode(newsgraph.data.nodes.findIndex(n => n.id === 'other/script-alert-1-script'));");
        assertThat(panelText()).contains("<script>alert(1)</script> (<b>known</b> name)");
        assertThat(browser.number("return document.querySelectorAll('#panel b, #panel script').length;")).isZero();
    }

    @Test
    void focusShowsTheNeighbourhood() throws IOException {
        openSmall();
        browser.js("newsgraph.showNode(newsgraph.data.nodes.findIndex(n => n.name === 'Tallinn'));");
        setHops(1);
        browser.driver.findElement(By.cssSelector("#panel .actions button")).click();
        assertThat(visibleNodes()).isEqualTo(2);
        setHops(2);
        assertThat(visibleNodes()).isEqualTo(3);
        assertThat(browser.driver.findElement(By.id("focus-state")).getText()).isEqualTo("Within 2 hops of Tallinn");
        browser.driver.findElement(By.id("focus-clear")).click();
        assertThat(visibleNodes()).isEqualTo(9);

        // --focus on the command line: the page holds only the neighbourhood and starts focused.
        browser.open(write(TestGraphs.small(), "small-focus", MapOptions.focus("O'Neil", 1)));
        assertThat(browser.number("return newsgraph.cy.nodes().length;")).isEqualTo(4);
        assertThat(browser.number("return newsgraph.cy.edges().length;")).isEqualTo(4);
        assertThat(browser.js("return document.querySelector('#panel h2').textContent;")).isEqualTo("Tom O'Neil");
    }

    @Test
    void hostileTextIsShownAsTextAndRunsNothing() throws IOException {
        Graph graph = MapTestGraphs.hostile();
        Path page = write(graph, "hostile", MapOptions.whole());
        String html = Files.readString(page);
        assertThat(html).doesNotContain(MapTestGraphs.IMG_NAME, "<script>window.__pwned");

        browser.open(page);
        assertThat(browser.number("return newsgraph.cy.nodes().length;")).isEqualTo(graph.entities().size());
        assertThat(browser.number("return newsgraph.cy.edges().length;")).isEqualTo(graph.facts().size());
        assertThat(browser.number("return document.scripts.length;")).isEqualTo(3);

        String scriptNode = "newsgraph.cy.nodes().filter(n => newsgraph.data.nodes[n.data('i')].id === 'other/script-alert-1-script')[0]";
        clickAt("return " + scriptNode + ".renderedPosition();");
        waitFor("document.querySelector('#panel h2').textContent.startsWith('<script>')");
        assertThat(browser.js("return document.querySelector('#panel h2').textContent;"))
                .isEqualTo(graph.entities().stream().filter(e -> e.id().equals("other/script-alert-1-script")).findFirst().orElseThrow().name());
        assertThat(browser.js("return " + scriptNode + ".data('label');")).asString().startsWith("<script>alert(1)</script>");

        browser.js("newsgraph.showNode(newsgraph.data.nodes.findIndex(n => n.id === 'person/eve'));");
        assertThat(browser.js("return document.querySelector('#panel h2').textContent;")).isEqualTo(MapTestGraphs.IMG_NAME);
        browser.js("newsgraph.showEdge(newsgraph.data.edges.findIndex(e => e.id === 'fact/fx-666-0'));");
        assertThat(browser.js("return document.querySelector('#panel blockquote').textContent;")).isEqualTo(MapTestGraphs.SCRIPT_SENTENCE);
        // A javascript: URL is not made into a link; the title with markup is plain text.
        assertThat(browser.driver.findElements(By.cssSelector("#panel .evidence a"))).isEmpty();
        assertThat(panelText()).contains("<b onmouseover=\"window.__pwned=4\">Bold</b> title");
        browser.driver.findElement(By.id("search")).sendKeys("onerror");
        waitFor("document.getElementById('search-results').textContent.includes('<img')");

        assertThat(browser.number("return document.querySelectorAll('img, b, #panel script, #search-results script').length;")).isZero();
        assertThat(browser.js("return typeof window.__pwned;")).isEqualTo("undefined");
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        List<String> errors = browser.consoleErrors();
        assertThat(errors).isEmpty();
        browser.screenshot("hostile");
    }

    @Test
    void emptyGraphsAndSelfLoopsRender() throws IOException {
        browser.open(write(Graph.empty(), "empty", MapOptions.whole()));
        assertThat(browser.number("return newsgraph.cy.elements().length;")).isZero();
        assertThat(browser.driver.findElement(By.id("counts")).getText()).isEqualTo("0 entities · 0 facts · 0 articles");

        Graph small = TestGraphs.small();
        List<io.newsgraph.model.Fact> facts = new java.util.ArrayList<>(small.facts());
        io.newsgraph.model.Fact any = facts.get(0);
        facts.add(new io.newsgraph.model.Fact("f/self", "Kalev Power", io.newsgraph.model.Predicate.CRITICIZED, "Kalev Power",
                "organization/kalev-power", "organization/kalev-power", null, null, null, null, null, null, any.evidence()));
        browser.open(write(new Graph(small.articles(), small.entities(), facts, small.events()), "self-loop", MapOptions.whole()));
        assertThat(browser.settled("return newsgraph.cy.edges(':visible').length;")).isEqualTo(9);
        browser.js("newsgraph.showNode(newsgraph.data.nodes.findIndex(n => n.name === 'Kalev Power'));");
        assertThat(panelText()).contains("Facts (3)");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /**
     * The README picture: the demo story with a fact's evidence open. Saved under target/ on every
     * run; with -Dmap.docs=true also as docs/map.png.
     */
    @Test
    void demoScreenshot() throws IOException {
        Graph demo = MapDemoGraph.build();
        browser.open(write(demo, "demo", MapOptions.whole().withTitle("Energy takeover and Riverton strike (demo articles)")));
        assertThat(browser.number("return newsgraph.cy.nodes().length;")).isEqualTo(demo.entities().size());
        assertThat(browser.number("return newsgraph.cy.edges().length;")).isEqualTo(demo.facts().size());
        String edge = "newsgraph.cy.edges().filter(e => newsgraph.data.edges[e.data('i')].subject === 'Aino Virtanen'"
                + " && newsgraph.data.edges[e.data('i')].object === 'Kristi Tamm')[0]";
        browser.js(edge + ".emit('tap');");
        waitFor("document.getElementById('panel').textContent.includes('Evidence (2)')");
        assertThat(panelText()).contains("met Kristi Tamm on the sidelines", "Tallinn regulator questions the Kalev deal");
        Path shot = browser.screenshot("demo");
        if (Boolean.getBoolean("map.docs")) {
            Files.createDirectories(Path.of("docs"));
            Files.copy(shot, Path.of("docs", "map.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
