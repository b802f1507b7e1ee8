package io.newsgraph.sink.map;

import io.newsgraph.ExampleGraph;
import io.newsgraph.ExampleRun;
import io.newsgraph.JsonLinesContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map.html that 'newsgraph run' writes for the bundled examples, in headless Chromium: it
 * draws every entity and fact of the run's facts.jsonl, finds Putin, explains a node and an edge
 * with the sentence behind it, filters, and leaves a screenshot in target/map-screenshots for a
 * person to look at.
 */
class ExampleMapIT {
    private static Browser browser;
    private static JsonLinesContract.Report facts;

    @BeforeAll
    static void start() {
        browser = new Browser(); // first: skips the class before the run when Chromium is not installed
        ExampleRun.Result run = ExampleRun.first();
        assertThat(run.exitCode()).as(run.err()).isZero();
        facts = JsonLinesContract.check(ExampleRun.out("facts.jsonl"), ExampleGraph.articlesById());
        browser.open(ExampleRun.out("map.html"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void reload() {
        browser.driver.navigate().refresh();
        browser.open(ExampleRun.out("map.html"));
    }

    private static String panelText() {
        return (String) browser.js("return document.getElementById('panel').textContent;");
    }

    private static void waitFor(String condition) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(browser.js("return " + condition + ";")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("page never met: " + condition + "; the panel shows: " + panelText(), e);
        }
    }

    @Test
    void drawsEveryEntityAndFactOfTheRun() throws IOException {
        reload();
        assertThat(browser.number("return newsgraph.cy.nodes().length;")).isEqualTo(facts.entities().size());
        assertThat(browser.number("return newsgraph.cy.edges().length;")).isEqualTo(facts.facts().size());
        assertThat(browser.settled("return newsgraph.cy.nodes(':visible').length;")).isEqualTo(facts.entities().size());
        assertThat(browser.settled("return newsgraph.cy.edges(':visible').length;")).isEqualTo(facts.facts().size());
        assertThat(browser.driver.findElement(By.id("counts")).getText()).isEqualTo(facts.entities().size() + " entities · "
                + facts.facts().size() + " facts · " + facts.articles().size() + " articles");
        // Every drawn element is on the canvas, none stacked in one spot: the layout ran.
        assertThat(browser.number("return new Set(newsgraph.cy.nodes().map(n => Math.round(n.position('x')) + ','"
                + " + Math.round(n.position('y')))).size;")).isEqualTo(facts.entities().size());
        assertThat(browser.consoleErrors()).isEmpty();
        Path shot = browser.screenshot("examples");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void searchClickANodeAndAnEdgeToSeeTheEvidence() throws IOException {
        reload();
        WebElement search = browser.driver.findElement(By.id("search"));
        search.sendKeys("Putin");
        waitFor("newsgraph.cy.nodes('.match').length >= 1");
        assertThat(browser.js("return newsgraph.cy.nodes('.match').map(n => newsgraph.data.nodes[n.data('i')].name);"))
                .asList().contains("Vladimir Putin");
        assertThat(browser.driver.findElement(By.id("search-results")).getText()).contains("Vladimir Putin");

        String putin = "newsgraph.cy.nodes().filter(n => newsgraph.data.nodes[n.data('i')].name === 'Vladimir Putin')[0]";
        // A tap through Cytoscape's own event (real mouse clicks on nodes are covered by MapPageIT;
        // here Putin and Musk are drawn so close together that a click at a point is unreliable).
        browser.js(putin + ".emit('tap');");
        waitFor("document.querySelector('#panel h2') && document.querySelector('#panel h2').textContent === 'Vladimir Putin'");
        assertThat(panelText()).contains("Facts (", "Elon Musk", "requested");

        // The edge: "During one call, Putin asked Musk not to switch on Starlink ..."
        String edge = "newsgraph.cy.edges().filter(e => { const d = newsgraph.data.edges[e.data('i')];"
                + " return d.subject === 'Vladimir Putin' && d.object === 'Elon Musk' && d.predicate === 'REQUESTED'"
                + " && d.polarity === 'positive'; })[0]";
        // The Putin-Musk pair has several parallel edges: tap this one through Cytoscape's event.
        browser.js(edge + ".emit('tap');");
        waitFor("document.getElementById('panel').textContent.includes('Evidence (')");
        assertThat(panelText()).contains("Putin asked Musk", "Musk and Putin Held Repeated Calls Since 2022, Officials Say",
                "2024-10-25", "positive");
        browser.screenshot("examples-edge");

        // The Kremlin's denial is there too, marked negative and attributed.
        browser.js("newsgraph.showEdge(newsgraph.data.edges.findIndex(e => e.subject === 'Vladimir Putin'"
                + " && e.object === 'Elon Musk' && e.predicate === 'REQUESTED' && e.polarity === 'negative'));");
        assertThat(panelText()).contains("did not ask", "negative", "Peskov");
    }

    @Test
    void filtersHideNegatedStatementsAndWholeTypes() throws IOException {
        reload();
        long negated = browser.number("return newsgraph.data.edges.filter(e => e.polarity === 'negative').length;");
        assertThat(negated).isPositive();
        browser.driver.findElement(By.id("hide-negated")).click();
        assertThat(browser.settled("return newsgraph.cy.edges(':visible').length;")).isEqualTo(facts.facts().size() - negated);

        browser.driver.findElement(By.cssSelector("#type-filters input[data-type=Location]")).click();
        long places = browser.number("return newsgraph.data.nodes.filter(n => n.type === 'Location').length;");
        assertThat(places).isPositive();
        assertThat(browser.settled("return newsgraph.cy.nodes(':visible').length;"))
                .isEqualTo(facts.entities().size() - places);
        assertThat(browser.settled("return newsgraph.cy.nodes(':visible').filter(n => "
                + "newsgraph.data.nodes[n.data('i')].type === 'Location').length;")).isZero();
        assertThat(browser.driver.findElement(By.id("counts")).getText()).startsWith("showing "
                + (facts.entities().size() - places) + " of " + facts.entities().size() + " entities");
        browser.screenshot("examples-filtered");
    }
}
