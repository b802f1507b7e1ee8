package io.newsgraph.sink.map;

import io.newsgraph.TestGraphs;
import io.newsgraph.HeadlessChromium;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Headless Debian Chromium through its own chromedriver (shared/notes/browser-tests.md): paths
 * are explicit so Selenium Manager never runs, and background traffic is switched off so the
 * tests prove the page works without a network.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = TestGraphs.buildDir().resolve("map-screenshots");
    final WebDriver driver;

    Browser() {
        driver = HeadlessChromium.start();
    }

    /** Opens a written map and waits until the page script has laid the graph out. */
    void open(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> Boolean.TRUE.equals(js("return !!(window.newsgraph && window.newsgraph.cy);")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Runs a script after the page has drawn two more frames: Cytoscape settles style changes
     * (and so what visible() and ':visible' report) when it renders, not when classes change.
     */
    long settled(String script) {
        Object value = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(() => requestAnimationFrame(() => done((function () {" + script + "})())));");
        return ((Number) value).longValue();
    }

    long number(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    /** Errors the page logged (script errors, content security policy violations). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
