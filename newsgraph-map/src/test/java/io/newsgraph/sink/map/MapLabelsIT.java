package io.newsgraph.sink.map;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Graph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readable names in headless Chromium: entities without facts are laid out so that no two of
 * their names overlap, stay clickable and searchable; line labels follow the zoom and the selection.
 */
class MapLabelsIT extends BrowserPages {
    private static Graph graph() {
        return MapTestGraphs.withFactless(TestGraphs.small(), 40);
    }

    private static void open() throws IOException {
        open(graph(), "factless", MapOptions.whole().withTitle("Forty entities without facts"));
    }

    /** Pairs of fact-less nodes whose drawn boxes (dot and name) overlap, as "name / name". */
    @SuppressWarnings("unchecked")
    private static List<String> overlappingFactless() {
        return (List<String>) browser.js("""
                const cy = newsgraph.cy, name = n => newsgraph.data.nodes[n.data('i')].name;
                const ns = cy.nodes('.factless'), bad = [];
                const boxes = ns.map(n => n.renderedBoundingBox({ includeLabels: true }));
                for (let a = 0; a < ns.length; a++) for (let b = a + 1; b < ns.length; b++) {
                  const p = boxes[a], q = boxes[b];
                  if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) bad.push(name(ns[a]) + ' / ' + name(ns[b]));
                }
                return bad;""");
    }

    /**
     * In a dense cluster at the first view, the names drawn overlap neither each other nor another
     * entity's dot; the hub keeps its name, most names are drawn, and a name left out shows when
     * its entity is pointed at.
     */
    @Test
    void namesInADenseClusterDoNotCollide() throws IOException {
        Map<String, Object> r = names(MapTestGraphs.denseCluster(30), "dense");
        assertThat((String) r.get("hub")).isEqualTo("Ministry of Coastal Affairs");
        assertThat(((Number) r.get("drawn")).longValue()).as("names drawn of 31").isGreaterThanOrEqualTo(20);
    }

    @Test
    void namesInAGraphOfManyCommunitiesDoNotCollide() throws IOException {
        Map<String, Object> r = names(MapTestGraphs.generated(250, 7), "communities");
        System.out.println("communities map: " + r.get("drawn") + " of 250 names drawn, " + r.get("crowded") + " left out");
        assertThat(((Number) r.get("drawn")).longValue()).as("names drawn of 250").isGreaterThanOrEqualTo(100);
    }

    /** Opens the map of a graph and checks the names drawn; returns what was measured. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> names(Graph graph, String pageName) throws IOException {
        open(graph, pageName, MapOptions.whole().withTitle(pageName));
        assertThat(browser.settled("return newsgraph.cy.nodes(':visible').length;")).isEqualTo(graph.entities().size());
        browser.screenshot(pageName);
        Map<String, Object> r = (Map<String, Object>) browser.js("""
                const cy = newsgraph.cy, ns = cy.nodes(':visible');
                const name = n => newsgraph.data.nodes[n.data('i')].name;
                const drawn = ns.filter(n => n.style('label') !== '');
                const only = { includeNodes: false, includeEdges: false, includeLabels: true };
                const names = drawn.map(n => n.renderedBoundingBox(only));
                const dots = ns.map(n => n.renderedBoundingBox({ includeLabels: false, includeEdges: false }));
                const meet = (p, q) => p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
                const overlaps = [], covers = [];
                for (let a = 0; a < drawn.length; a++) {
                  for (let b = a + 1; b < drawn.length; b++) if (meet(names[a], names[b])) overlaps.push(name(drawn[a]) + ' / ' + name(drawn[b]));
                  ns.forEach((n, k) => { if (n.id() !== drawn[a].id() && meet(names[a], dots[k])) covers.push(name(drawn[a]) + ' on ' + name(n)); });
                }
                const crowded = ns.filter(n => n.hasClass('crowded'));
                let shownWhenPointed = null;
                if (crowded.length) {
                  crowded[0].emit('mouseover');
                  shownWhenPointed = crowded[0].style('label');
                  crowded[0].emit('mouseout');
                }
                return { overlaps, covers, drawn: drawn.length, hub: cy.$('#n0').style('label'),
                         crowded: crowded.length, shownWhenPointed, crowdedName: crowded.length ? crowded[0].data('label') : null };""");
        assertThat((List<String>) r.get("overlaps")).as("names drawn over each other").isEmpty();
        assertThat((List<String>) r.get("covers")).as("names drawn over another entity's dot").isEmpty();
        if (((Number) r.get("crowded")).longValue() > 0) {
            assertThat(r.get("shownWhenPointed")).isEqualTo(r.get("crowdedName"));
        }
        return r;
    }

    @Test
    void namesOfEntitiesWithoutFactsDoNotOverlap() throws IOException {
        Graph graph = graph();
        open();
        long factless = browser.number("return newsgraph.data.nodes.filter(n => n.degree === 0).length;");
        assertThat(factless).isGreaterThanOrEqualTo(40);
        assertThat(browser.number("return newsgraph.cy.nodes('.factless').length;")).isEqualTo(factless);
        assertThat(browser.settled("return newsgraph.cy.nodes(':visible').length;")).isEqualTo(graph.entities().size());

        browser.screenshot("factless");
        // At the first view: no two names overlap, and every one is drawn (Cytoscape's own test
        // for skipping small text) at a readable size.
        assertThat(overlappingFactless()).as("overlapping fact-less names at the initial fit").isEmpty();
        double zoom = ((Number) browser.js("return newsgraph.cy.zoom();")).doubleValue();
        double font = ((Number) browser.js("return newsgraph.cy.nodes('.factless')[0].pstyle('font-size').pfValue;")).doubleValue();
        System.out.printf("fact-less map: zoom %.2f, names drawn at %.1f px%n", zoom, font * zoom);
        assertThat(font * zoom).as("rendered size of fact-less names").isGreaterThanOrEqualTo(8);
        assertThat(browser.number("""
                const cy = newsgraph.cy, scale = Math.pow(2, Math.ceil(Math.log2(cy.zoom() * window.devicePixelRatio)));
                return cy.nodes('.factless').filter(n => n.pstyle('font-size').pfValue * scale < n.pstyle('min-zoomed-font-size').pfValue).length;"""))
                .as("fact-less names too small to be drawn").isZero();
        // The block sits beside the fact graph, not over it.
        assertThat(browser.number("""
                const cy = newsgraph.cy, main = cy.nodes().not('.factless').renderedBoundingBox({ includeLabels: true });
                return cy.nodes('.factless').filter(n => { const b = n.renderedBoundingBox({ includeLabels: true });
                  return b.x1 < main.x2 && main.x1 < b.x2 && b.y1 < main.y2 && main.y1 < b.y2; }).length;"""))
                .as("fact-less names drawn over the fact graph").isZero();
        // Secondary: smaller than any entity with facts.
        assertThat(browser.number("""
                const cy = newsgraph.cy, small = Math.max(...cy.nodes('.factless').map(n => n.width()));
                return cy.nodes().not('.factless').filter(n => n.width() <= small).length;""")).isZero();

        browser.js("newsgraph.cy.zoom(1); newsgraph.cy.center();");
        assertThat(overlappingFactless()).as("overlapping fact-less names at zoom 1").isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void entitiesWithoutFactsStayClickableAndSearchable() throws IOException {
        open();
        String node = "newsgraph.cy.nodes('.factless').filter(n => newsgraph.data.nodes[n.data('i')].aliases.includes('loose2'))[0]";
        String name = (String) browser.js("return newsgraph.data.nodes[" + node + ".data('i')].name;");
        String opened = "document.querySelector('#panel h2') && document.querySelector('#panel h2').textContent === " + jsString(name);
        // A real click where the dot is drawn. On a loaded machine the first click can land while
        // the page is still settling; the position is read again before each of three tries.
        for (int attempt = 1; attempt <= 3 && !Boolean.TRUE.equals(browser.js("return " + opened + ";")); attempt++) {
            @SuppressWarnings("unchecked")
            Map<String, Number> p = (Map<String, Number>) browser.js("return " + node + ".renderedPosition();");
            WebElement canvas = browser.driver.findElement(By.id("cy"));
            int dx = (int) Math.round(p.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
            int dy = (int) Math.round(p.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
            new Actions(browser.driver).moveToElement(canvas, dx, dy).click().perform();
            waitUpTo(opened, attempt == 3 ? 10 : 3);
        }
        waitFor(opened);
        assertThat(browser.js("return document.getElementById('panel').textContent;")).asString().contains("Facts (0)");

        browser.driver.findElement(By.id("search")).sendKeys("loose17");
        waitFor("newsgraph.cy.nodes('.match').length === 1");
        assertThat(browser.js("return newsgraph.data.nodes[newsgraph.cy.nodes('.match')[0].data('i')].id;"))
                .isEqualTo(graph().entities().stream().filter(e -> e.aliases().contains("loose17")).findFirst().orElseThrow().id());
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void waitFor(String condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.js("return " + condition + ";")));
    }

    private static void waitUpTo(String condition, int seconds) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(seconds))
                    .until(d -> Boolean.TRUE.equals(browser.js("return " + condition + ";")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller tries again or fails with waitFor
        }
    }
}
