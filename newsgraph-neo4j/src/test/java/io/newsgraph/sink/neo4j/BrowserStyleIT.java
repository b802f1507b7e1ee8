package io.newsgraph.sink.neo4j;

import io.newsgraph.HeadlessChromium;
import io.newsgraph.TestGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * cypher/style.grass in a real Neo4j Browser: after {@code :style} a Person and an Organization
 * are drawn in the style's two colours. Browser adds a rule of its own for any label the style
 * lacks, after the others; without a node.Entity rule of ours that late rule painted every
 * entity the same grey.
 */
class BrowserStyleIT {
    static final String PERSON = "Maria Lindqvist";
    static final String ORGANIZATION = "Nordlys Energy";

    @TempDir
    Path dir;

    @Test
    void personAndOrganizationAreDrawnInTheStylesColours() throws Exception {
        try (Neo4jTarget target = TestNeo4j.start(dir.resolve("data"))) {
            Neo4jLoader.load(target, TestGraphs.small());
            EmbeddedNeo4j server = target.server().orElseThrow();
            WebDriver driver = HeadlessChromium.start();
            try {
                driver.get(server.signInLink().orElseThrow());
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                wait.until(d -> d.findElement(By.tagName("body")).getText().toLowerCase(Locale.ROOT).contains("connected"));
                run(driver, wait, ":style " + server.httpUri() + "/newsgraph/style.grass");
                wait.until(d -> d.findElement(By.tagName("body")).getText().contains("node.Person"));
                run(driver, wait, "MATCH (p:Person {name: '" + PERSON + "'}), (o:Organization {name: '" + ORGANIZATION
                        + "'}) RETURN p, o");
                @SuppressWarnings("unchecked")
                Map<String, String> fills = (Map<String, String>) wait.until(d -> {
                    Object found = ((JavascriptExecutor) d).executeScript("""
                            const out = {};
                            for (const g of document.querySelectorAll('svg g.node')) {
                              const circle = g.querySelector('circle.b-outline');
                              // Browser breaks a long caption over several text lines.
                              const caption = Array.from(g.querySelectorAll('text')).map(t => t.textContent).join(' ')
                                  .replace(/\\s+/g, ' ');
                              if (circle && caption.trim()) out[caption.trim()] = circle.getAttribute('fill');
                            }
                            return Object.keys(out).length >= 2 ? out : null;""");
                    return found;
                });
                Path shot = TestGraphs.buildDir().resolve("neo4j-browser-style.png");
                Files.createDirectories(shot.getParent());
                Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                String person = fillOf(fills, PERSON);
                String organization = fillOf(fills, ORGANIZATION);
                assertThat(person).as("Person fill; all: %s", fills).isEqualTo(styleColour("Person"));
                assertThat(organization).as("Organization fill; all: %s", fills).isEqualTo(styleColour("Organization"));
                assertThat(person).isNotEqualTo(organization);
            } finally {
                driver.quit();
            }
        }
    }

    /** The fill of the node whose caption starts like the name (Browser may shorten long captions). */
    static String fillOf(Map<String, String> fills, String name) {
        return fills.entrySet().stream().filter(e -> name.startsWith(e.getKey().replace("…", "").trim())
                        || e.getKey().startsWith(name))
                .map(e -> e.getValue().toLowerCase(Locale.ROOT)).findFirst()
                .orElseThrow(() -> new AssertionError("no node drawn for " + name + " in " + fills));
    }

    /** The colour cypher/style.grass gives a label. */
    static String styleColour(String label) {
        Matcher m = Pattern.compile("node\\." + label + " \\{[^}]*?\\bcolor: (#[0-9A-Fa-f]{6});").matcher(BrowserGuide.grass());
        assertThat(m.find()).as("style.grass has a colour for " + label).isTrue();
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    static void run(WebDriver driver, WebDriverWait wait, String command) {
        WebElement editor = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".monaco-editor textarea"));
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
        editor.click();
        editor.sendKeys(command);
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    }
}
