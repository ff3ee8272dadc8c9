package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.facetwire.api.EmbeddedSolrDir;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The app on a random port over a fresh embedded Solr holding the fixture corpus
 * (src/test/resources/browser-corpus, indexed at start in place of the seeds), and one headless
 * Chromium per test class. Subclasses share the Spring context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "facetwire.seeds.location=classpath*:browser-corpus/*.html")
@Import(StrictCsp.class)
@ExtendWith(Chromium.class)
abstract class BrowserTestBase {
  static final int CORPUS_SIZE = 27;
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static ChromeDriver driver;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws IOException {
    EmbeddedSolrDir.register(registry, "facetwire-browser");
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    if (Chromium.missing() != null) return;
    driver = Chromium.start(Files.createTempDirectory("facetwire-chromium"));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) driver.quit();
    driver = null;
  }

  @BeforeEach
  void corpusIndexedAndDesktopWidth() {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> api("/api/search?size=1").path("total").asInt() == CORPUS_SIZE);
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  String base() {
    return "http://localhost:" + port;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** GETs an API path; spaces in the query may be written as spaces. */
  JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
    return JSON.readTree(fetch(base() + pathAndQuery));
  }

  /**
   * What the search page should show for a query string: it asks with syndicated copies grouped.
   */
  int apiTotal(String query) throws IOException, InterruptedException {
    return api("/api/search?" + query + (query.isEmpty() ? "" : "&") + "group=story&size=1")
        .path("total")
        .asInt();
  }

  String fetch(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url.replace(" ", "%20"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET %s", url).isEqualTo(200);
    return r.body();
  }

  int status(String pathAndQuery) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * Skips a test of a feature whose endpoint (from API-CONTRACT.md) this server does not have yet.
   */
  void assumeEndpoint(String probe, String endpoint) throws IOException, InterruptedException {
    Assumptions.assumeTrue(
        status(probe) != 404,
        () -> "the server has no " + endpoint + " endpoint yet (GET " + probe + " answered 404)");
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Waits up to 15 s. A list the page re-renders while a condition reads it leaves stale elements
   * behind (seen under load on CI machines), so a stale read means "not yet", not a failure.
   */
  WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Opens the search page and waits until the results for its URL are rendered. */
  void openSearch(String query) {
    driver.get(base() + "/" + (query.isEmpty() ? "" : "?" + query.replace(" ", "%20")));
    awaitResults();
  }

  /**
   * The results region is {@code aria-busy} (as assistive technology reads it) from the page's
   * start, and again from each change of the URL until its answer is rendered; the change starts
   * rendering at once, so a region that is not busy shows the current URL.
   */
  void awaitResults() {
    waiting()
        .withMessage("search page to render " + driver.getCurrentUrl())
        .until(
            d ->
                Boolean.TRUE.equals(
                    js("return !document.getElementById('results').hasAttribute('aria-busy')")));
  }

  /**
   * Waits until the search page has answered the current URL with an error: no results of this or
   * an earlier answer are left, only the status saying why.
   */
  void awaitError() {
    awaitResults();
    assertThat(driver.findElements(By.cssSelector("#hits li")))
        .as("an error, not results, for " + driver.getCurrentUrl())
        .isEmpty();
    assertThat(driver.findElement(By.id("status")).getText()).isNotBlank();
  }

  /** Opens an article, person or topic page and waits until it has loaded its data. */
  void openPage(String path) {
    driver.get(base() + path);
    waiting()
        .withMessage("page to load " + path)
        .until(d -> Boolean.TRUE.equals(js("return !document.querySelector('main[aria-busy]')")));
  }

  /** The current URL, decoded, for readable assertions on its parameters. */
  String url() {
    return java.net.URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
  }

  /**
   * The most frequent value of a facet for a query, as the API reports it. Topic labels come from
   * the indexer's taxonomy, so tests take them from the index instead of spelling them out.
   */
  String topValue(String facet, String query) throws IOException, InterruptedException {
    JsonNode values = api("/api/search?size=1&" + query).path("facets").path(facet);
    assertThat(values).as("%s facet for %s", facet, query).isNotEmpty();
    return values.get(0).path("value").asText();
  }

  /** The sidebar entry of one facet value. */
  WebElement facetValue(String facet, String value) {
    return driver.findElements(By.cssSelector("#values-" + facet + " li.value")).stream()
        .filter(li -> li.findElement(By.cssSelector(".name")).getText().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no value "
                        + value
                        + " in facet "
                        + facet
                        + ": "
                        + texts("#values-" + facet + " .name")));
  }

  int facetCount(String facet, String value) {
    return Integer.parseInt(
        facetValue(facet, value)
            .findElement(By.cssSelector(".count"))
            .getText()
            .replaceAll("\\D", ""));
  }

  int shownTotal() {
    return Integer.parseInt(driver.findElement(By.id("total")).getText().replaceAll("\\D", ""));
  }

  List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * axe-core finds no serious or critical violation, and the console shows no script error or CSP
   * violation.
   */
  void assertAccessible(String page) {
    assertThat(Axe.seriousViolations(driver))
        .as("axe-core serious/critical violations on %s", page)
        .isEmpty();
    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
        .as("console errors on %s", page)
        .filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .noneMatch(
            m ->
                m.contains("Content Security Policy")
                    || m.contains("Uncaught")
                    || m.contains("Error:"));
  }

  void assertFitsWidth(String page) {
    Object overflow = js("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(((Number) overflow).intValue())
        .as("horizontal overflow on %s", page)
        .isLessThanOrEqualTo(0);
  }
}
