package io.newsgraph.sink.map;

import io.newsgraph.model.Graph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline strip of the map in headless Chromium: the from/until window and undated facts filter the lines. */
class MapTimelineIT extends BrowserPages {
    private static void open(Graph graph, String name) throws IOException {
        open(graph, name, MapOptions.whole());
    }

    /** Ids of the facts drawn now, once Cytoscape has rendered the last filter change. */
    @SuppressWarnings("unchecked")
    private static List<Object> visibleFacts() {
        browser.settled("return 0;");
        return (List<Object>) browser.js(
                "return newsgraph.cy.edges(':visible').map(e => newsgraph.data.edges[e.data('i')].id).sort();");
    }

    private static String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    @Test
    void movingTheStartPastTheFirstMonthHidesWhatIsDatedOnlyBeforeIt() throws IOException {
        open(MapTestGraphs.dated(), "timeline");
        WebElement strip = browser.driver.findElement(By.id("timeline"));
        assertThat(strip.isDisplayed()).isTrue();
        // 2024-03-05 to 2024-06-20 spans more than 60 days: one bar per month, March to June.
        assertThat(browser.number("return document.querySelectorAll('#timeline-bars .bar').length;")).isEqualTo(4);
        assertThat(text("timeline-from-value")).isEqualTo("2024-03");
        assertThat(text("timeline-until-value")).isEqualTo("2024-06");
        assertThat(visibleFacts()).containsExactly("fact/hired", "fact/met", "fact/praised", "fact/supplied");

        browser.driver.findElement(By.id("timeline-from")).sendKeys(Keys.ARROW_RIGHT);
        assertThat(text("timeline-from-value")).isEqualTo("2024-04");
        // "supplied" stays: one of its two sentences is from June. "praised" has no date at all.
        assertThat(visibleFacts()).containsExactly("fact/hired", "fact/praised", "fact/supplied");
        assertThat(text("counts")).isEqualTo("showing 5 of 5 entities · 3 of 4 facts");

        // The other filters still apply on top: Ada Quill's only fact is outside the window.
        browser.driver.findElement(By.id("hide-isolated")).click();
        assertThat(text("counts")).isEqualTo("showing 4 of 5 entities · 3 of 4 facts");
        browser.driver.findElement(By.id("hide-isolated")).click();

        browser.driver.findElement(By.id("timeline-undated")).click();
        assertThat(visibleFacts()).containsExactly("fact/hired", "fact/supplied");
        browser.driver.findElement(By.id("timeline-undated")).click();
        assertThat(visibleFacts()).containsExactly("fact/hired", "fact/praised", "fact/supplied");

        // The start may not pass the end: the end moves along, and only June is left.
        WebElement from = browser.driver.findElement(By.id("timeline-from"));
        from.sendKeys(Keys.END);
        assertThat(text("timeline-until-value")).isEqualTo("2024-06");
        assertThat(visibleFacts()).containsExactly("fact/praised", "fact/supplied");
        assertThat(browser.js("return [...document.querySelectorAll('#timeline-bars .bar')].map(b => b.classList.contains('out'));"))
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(true, true, true, false);
        browser.screenshot("timeline");

        // Moving the start back shows the hidden lines again, and the end can close in from the right.
        from.sendKeys(Keys.HOME);
        assertThat(text("timeline-from-value")).isEqualTo("2024-03");
        assertThat(visibleFacts()).containsExactly("fact/hired", "fact/met", "fact/praised", "fact/supplied");
        WebElement until = browser.driver.findElement(By.id("timeline-until"));
        until.sendKeys(Keys.HOME);
        assertThat(text("timeline-until-value")).isEqualTo("2024-03");
        assertThat(visibleFacts()).containsExactly("fact/met", "fact/praised", "fact/supplied");
        until.sendKeys(Keys.END);
        assertThat(visibleFacts()).containsExactly("fact/hired", "fact/met", "fact/praised", "fact/supplied");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aGraphOfOneDateHasNoStrip() throws IOException {
        open(MapTestGraphs.denseCluster(6), "timeline-one-date");
        assertThat(browser.driver.findElement(By.id("timeline")).isDisplayed()).isFalse();
        assertThat(browser.number("return document.querySelectorAll('#timeline-bars .bar').length;")).isZero();
        assertThat(browser.number("return newsgraph.cy.edges(':visible').length;")).isEqualTo(18);
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
