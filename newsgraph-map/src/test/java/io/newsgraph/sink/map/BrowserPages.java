package io.newsgraph.sink.map;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every map page test in headless Chromium starts from: one browser per test class, opened
 * first (so a class is skipped before any work when Chromium is missing), and map pages written
 * into one folder of the build directory, where a person can open them after the run.
 */
abstract class BrowserPages {
    static final Path PAGES = TestGraphs.buildDir().resolve("map-it");
    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Writes the map page of a graph as PAGES/name.html. */
    static Path write(Graph graph, String name, MapOptions options) throws IOException {
        Files.createDirectories(PAGES);
        Path page = PAGES.resolve(name + ".html");
        MapExporter.write(graph, page, MapFormat.HTML, options);
        return page;
    }

    /** Writes the map page of a graph and opens it. */
    static void open(Graph graph, String name, MapOptions options) throws IOException {
        browser.open(write(graph, name, options));
    }
}
