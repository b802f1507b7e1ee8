package io.newsgraph.sink.map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
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
    static final Path SCREENSHOTS = Path.of("target", "map-screenshots");
    final WebDriver driver;

    Browser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
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
