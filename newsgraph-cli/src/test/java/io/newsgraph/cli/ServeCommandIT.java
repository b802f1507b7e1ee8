package io.newsgraph.cli;

import io.newsgraph.TestGraphs;
import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One 'newsgraph serve' for the class, on free ports: its one-time sign-in link in a real
 * headless Chromium (signed in once, refused the second time), the guide, the errors for a busy
 * port and a locked store while it runs, a clean stop within 3 s, and its random password in
 * none of its output nor in any file of its data folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeCommandIT {
    static final String SMALL = "newsgraph-core/src/test/resources/fixtures/small-graph.jsonl";

    @TempDir
    static Path dir;
    static final StringWriter OUT = new StringWriter();
    static final StringWriter ERR = new StringWriter();
    static CompletableFuture<Integer> serve;
    static String signInLink;
    static int boltPort;
    static int httpPort;
    /** The random password, as Browser stored it after signing in (newsgraph never shows it). */
    static String password;

    @BeforeAll
    static void startServe() throws Exception {
        serve = CompletableFuture.supplyAsync(() -> Main.execute(new PrintWriter(OUT, true), new PrintWriter(ERR, true),
                "serve", "--data", dir.resolve("data").toString(), "--bolt-port", "0", "--http-port", "0", SMALL));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!OUT.toString().contains("Serving until Ctrl-C") && System.nanoTime() < deadline && !serve.isDone()) {
            Thread.sleep(100);
        }
        assertThat(serve).as("serve is running; err: %s", ERR).isNotDone();
        Matcher m = Pattern.compile("Neo4j Browser: (\\S+)").matcher(OUT.toString());
        assertThat(m.find()).isTrue();
        signInLink = m.group(1);
        Matcher link = Pattern.compile("http://localhost:(\\d+)/newsgraph/signin\\?token=[A-Za-z0-9_-]{32}").matcher(signInLink);
        assertThat(link.matches()).as(signInLink).isTrue();
        httpPort = Integer.parseInt(link.group(1));
        Matcher bolt = Pattern.compile("Bolt: bolt://localhost:(\\d+)").matcher(OUT.toString());
        assertThat(bolt.find()).isTrue();
        boltPort = Integer.parseInt(bolt.group(1));
    }

    @AfterAll
    static void stopIfStillRunning() throws Exception {
        Serving.stopAll();
        if (serve != null) {
            serve.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(1)
    void printsCountsAndServesBrowserAndGuide() throws Exception {
        assertThat(OUT.toString()).contains("Loaded 2 articles, 9 entities, 2 events, 8 facts loaded")
                .contains("Guide: run  :play http://localhost:" + httpPort + "/newsgraph/guide");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> browser = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/browser/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(200);
        HttpResponse<String> guide = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/newsgraph/guide")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.body()).contains("<article class=\"guide\">").contains(":style http://localhost:" + httpPort + "/newsgraph/style.grass");
        HttpResponse<String> style = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/newsgraph/style.grass")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(style.body()).contains("node.Person {");
        // Neo4j advertises the real Bolt port, not 7687, so Browser and drivers connect to this server.
        HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.body()).contains("localhost:" + boltPort);
    }

    @Test
    @Order(2)
    void theSignInLinkOpensBrowserSignedInOnce() throws Exception {
        WebDriver driver = HeadlessChromium.start();
        try {
            driver.get(signInLink);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            WebElement editor = wait.until(d -> d.findElements(By.cssSelector(".monaco-editor textarea")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            // Connected without a login form: Browser says so once the Bolt handshake is done.
            wait.until(d -> d.findElement(By.tagName("body")).getText().toLowerCase().contains("connected"));
            editor.click();
            editor.sendKeys("MATCH (e:Entity) RETURN 'ngprobe' + toString(count(e)) AS probe");
            editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("ngprobe9"));
            // The guide the server prints plays in Browser.
            editor = driver.findElements(By.cssSelector(".monaco-editor textarea")).stream().filter(WebElement::isDisplayed)
                    .findFirst().orElseThrow();
            editor.click();
            editor.sendKeys(":play http://localhost:" + httpPort + "/newsgraph/guide");
            editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("newsgraph: who did what to whom"));
            assertThat(driver.getCurrentUrl()).as("the token leaves the address bar").doesNotContain("token");
            password = (String) ((JavascriptExecutor) driver).executeScript("return JSON.parse(localStorage.getItem("
                    + "'neo4j.connections')).connectionsById['$$discovery'].password");
            assertThat(password).hasSize(32);
            Path shot = TestGraphs.buildDir().resolve("neo4j-browser.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            assertThat(((JavascriptExecutor) driver).executeScript("return document.title")).isNotNull();

            // The same link a second time: refused with what to do, and no Browser.
            driver.get(signInLink);
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("already been used")
                    .contains("--password");
            assertThat(driver.getCurrentUrl()).contains("/newsgraph/signin");
        } finally {
            driver.quit();
        }
        HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(signInLink)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(again.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(again.body()).doesNotContain(password);
    }

    @Test
    @Order(3)
    void aBusyPortIsNamedWithWhatToDo() {
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "load", "--data",
                dir.resolve("other").toString(), "--bolt-port", String.valueOf(boltPort), "--http-port", "0", SMALL);
        assertThat(code).isEqualTo(ExitCodes.NEO4J);
        assertThat(err.toString().trim()).startsWith("newsgraph: port " + boltPort + " on localhost is already in use")
                .contains("--bolt-port").doesNotContain("Exception").hasLineCount(1);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    @Order(4)
    void aLockedStoreIsNamedWithWhatToDo() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "load", "--data",
                dir.resolve("data").toString(), "--bolt-port", "0", "--http-port", "0", SMALL);
        assertThat(code).isEqualTo(ExitCodes.NEO4J);
        assertThat(err.toString().trim()).contains(dir.resolve("data").toAbsolutePath().normalize().toString())
                .contains("in use by another Neo4j process").contains("--data DIR").hasLineCount(1);
    }

    @Test
    @Order(5)
    void stopsCleanlyWithinThreeSeconds() throws Exception {
        long t0 = System.nanoTime();
        Serving.stopAll();
        int code = serve.get(10, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(OUT.toString()).contains("Neo4j stopped in");
        assertThat(password).as("signed in earlier").isNotNull();
        assertThat(OUT.toString()).doesNotContain(password);
        assertThat(ERR.toString()).doesNotContain(password);
        assertThat(io.newsgraph.sink.neo4j.TestNeo4j.filesHolding(dir.resolve("data"), password)).isEmpty();
        // The store persists: a later run finds the graph.
        StringWriter out = new StringWriter();
        int again = Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "load", "--data",
                dir.resolve("data").toString(), "--bolt-port", "0", "--http-port", "0", SMALL);
        assertThat(again).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Graph now: 13 nodes, 24 relationships (8 facts)");
    }
}
