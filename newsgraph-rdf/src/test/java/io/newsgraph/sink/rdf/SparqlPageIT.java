package io.newsgraph.sink.rdf;

import io.newsgraph.HeadlessChromium;
import io.newsgraph.TestGraphs;
import io.newsgraph.model.stream.GraphSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The query page in a real (headless) Chromium: run the example query, see a table, names shown as text. */
class SparqlPageIT {
    private static SparqlServer server;
    private static WebDriver driver;

    @BeforeAll
    static void start() {
        driver = HeadlessChromium.start();
        server = SparqlServer.start(RdfExport.toDataset(s -> GraphSink.replay(TestGraphs.small(), s), IriMinter.defaults()),
                "newsgraph", 0, true);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void runsTheExampleQueryAndShowsATable() {
        driver.get(server.page());
        assertThat(driver.findElement(By.id("endpoint")).getText()).isEqualTo(server.endpoint());
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#results table tbody tr")).isEmpty());
        List<WebElement> headers = driver.findElements(By.cssSelector("#results th"));
        assertThat(headers).extracting(WebElement::getText)
                .containsExactly("?subject", "?predicate", "?object", "?polarity", "?modality", "?sentence");
        String table = driver.findElement(By.cssSelector("#results table")).getText();
        assertThat(table).contains("Tom O'Neil", "ng:metWith", "ng:negative", "ng:hypothetical");
        // The hostile name is shown as text: no element from it was created, no script ran.
        assertThat(table).contains("<script>alert(1)</script> & \"quotes\" `ticks` {braces} emoji");
        assertThat(driver.findElements(By.cssSelector("#results script, #results b"))).isEmpty();
        assertThat(driver.findElement(By.id("status")).getText()).matches("\\d+ rows");
    }

    @Test
    void showsQueryErrors() {
        driver.get(server.page());
        WebElement query = driver.findElement(By.id("query"));
        query.clear();
        query.sendKeys("SELECT * WHERE { broken");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("status")).getAttribute("class").contains("error"));
        assertThat(driver.findElement(By.id("status")).getText()).startsWith("400");
    }
}
