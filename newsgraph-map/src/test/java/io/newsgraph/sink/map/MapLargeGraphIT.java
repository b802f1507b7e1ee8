package io.newsgraph.sink.map;

import io.newsgraph.model.Graph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** 500 entities in the browser: all drawn, laid out once in reasonable time, few overlaps, still searchable. */
class MapLargeGraphIT extends BrowserPages {
    @Test
    void fiveHundredEntitiesRenderAndStayReadable() throws IOException {
        Graph graph = MapTestGraphs.generated(500, 7);
        Path page = write(graph, "large-500", MapOptions.whole().withTitle("500 generated entities"));

        long started = System.nanoTime();
        browser.open(page);
        long wallMs = (System.nanoTime() - started) / 1_000_000;
        double layoutMs = ((Number) browser.js("return newsgraph.layoutMs;")).doubleValue();
        double readyMs = ((Number) browser.js("return newsgraph.readyMs;")).doubleValue();

        assertThat(browser.settled("return newsgraph.cy.nodes(':visible').length;")).isEqualTo(graph.entities().size());
        assertThat(browser.settled("return newsgraph.cy.edges(':visible').length;")).isEqualTo(graph.facts().size());
        // Readable: nodes barely cover one another (pairs whose circles overlap by more than a third of the smaller one).
        long overlapping = browser.number("""
                const ns = newsgraph.cy.nodes(); let bad = 0;
                for (let a = 0; a < ns.length; a++) for (let b = a + 1; b < ns.length; b++) {
                  const p = ns[a].position(), q = ns[b].position();
                  const ra = ns[a].width() / 2, rb = ns[b].width() / 2;
                  if (Math.hypot(p.x - q.x, p.y - q.y) < ra + rb - Math.min(ra, rb) * 2 / 3) bad++;
                }
                return bad;""");
        System.out.printf("map 500 nodes / %d edges: layout %.0f ms, page script %.0f ms, open to ready %d ms, overlapping pairs %d%n",
                graph.facts().size(), layoutMs, readyMs, wallMs, overlapping);
        assertThat(layoutMs).as("cose layout of 500 nodes").isLessThan(30_000);
        assertThat(overlapping).as("overlapping node pairs").isLessThan(25);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("large-500");

        // Line labels: none at the full view (a smear of text otherwise), those of a selected
        // entity at any zoom, all of them once zoomed in far enough to read them.
        assertThat(browser.js("return newsgraph.cy.zoom() < newsgraph.edgeLabelZoom;")).isEqualTo(true);
        assertThat(browser.settled("return newsgraph.cy.edges().filter(e => e.style('label') !== '').length;"))
                .as("labelled lines at the full view").isZero();
        browser.js("newsgraph.showNode(newsgraph.data.nodes.findIndex(n => n.degree >= 3));");
        long selectedDegree = browser.number("return newsgraph.cy.nodes(':selected')[0].connectedEdges().length;");
        assertThat(browser.settled("return newsgraph.cy.edges().filter(e => e.style('label') !== '').length;"))
                .as("labelled lines with an entity selected").isEqualTo(selectedDegree);
        assertThat(browser.settled("return newsgraph.cy.nodes(':selected')[0].connectedEdges()"
                + ".filter(e => e.style('label') === e.data('label')).length;")).isEqualTo(selectedDegree);
        browser.screenshot("large-500-selected");
        browser.js("newsgraph.cy.elements(':selected').unselect();"
                + " newsgraph.cy.zoom({ level: newsgraph.edgeLabelZoom * 1.2, renderedPosition: { x: 300, y: 300 } });");
        assertThat(browser.settled("return newsgraph.cy.edges().filter(e => e.style('label') === '').length;"))
                .as("unlabelled lines when zoomed in").isZero();
        browser.screenshot("large-500-zoomed");
        browser.js("newsgraph.cy.fit(undefined, 40);");
        assertThat(browser.settled("return newsgraph.cy.edges().filter(e => e.style('label') !== '').length;")).isZero();
        // Pointing at an entity labels its lines until the pointer leaves it.
        browser.js("newsgraph.cy.nodes().filter(n => n.degree() >= 3)[0].emit('mouseover');");
        assertThat(browser.settled("return newsgraph.cy.edges().filter(e => e.style('label') !== '').length;"))
                .isEqualTo(browser.number("return newsgraph.cy.nodes().filter(n => n.degree() >= 3)[0].connectedEdges().length;"));
        browser.js("newsgraph.cy.nodes().filter(n => n.degree() >= 3)[0].emit('mouseout');");
        assertThat(browser.settled("return newsgraph.cy.edges().filter(e => e.style('label') !== '').length;")).isZero();

        browser.driver.findElement(By.id("search")).sendKeys("Person 42");
        assertThat(browser.number("return newsgraph.cy.nodes('.match').length;")).isPositive();
        browser.js("newsgraph.showNode(newsgraph.data.nodes.findIndex(n => n.name === 'Person 42' || n.name.endsWith(' 42')));");
        browser.driver.findElement(By.cssSelector("#panel .actions button")).click();
        long focused = browser.settled("return newsgraph.cy.nodes(':visible').length;");
        assertThat(focused).isBetween(2L, 499L);
        browser.screenshot("large-500-focus");
    }
}
