package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The search page in a real browser: search, results, URL state, paging, empty and error states,
 * export, autocomplete.
 */
class SearchPageBrowserIT extends BrowserTestBase {

  @Test
  void searchShowsCountSnippetsChipsAndSafeTitles() throws Exception {
    openSearch("");
    assertThat(shownTotal()).isEqualTo(apiTotal(""));
    driver.findElement(By.id("q")).sendKeys("harbour", Keys.ENTER);
    awaitResults();
    assertThat(url()).contains("q=harbour");
    assertThat(shownTotal()).isEqualTo(apiTotal("q=harbour")).isGreaterThan(5);
    assertThat(texts("#hits .hit .snippet mark"))
        .isNotEmpty()
        .allMatch(m -> m.toLowerCase().startsWith("harbour"));
    assertThat(texts("#hits .hit h3 mark"))
        .isNotEmpty()
        .allMatch(m -> m.toLowerCase().startsWith("harbour"));
    WebElement first = driver.findElement(By.cssSelector("#hits .hit h3 a"));
    assertThat(first.getAttribute("href")).contains("/article.html?id=").contains("q=harbour");
    assertThat(texts("#hits .hit .chip.person")).isNotEmpty();
    // A title with markup characters is shown as text, never parsed as HTML.
    openSearch("q=" + enc("budget fee"));
    assertThat(texts("#hits .hit h3"))
        .contains("Council approves <b>budget</b> & harbour fee rise");
    assertThat(driver.findElements(By.cssSelector("#hits h3 b"))).isEmpty();
    assertThat(texts("#hits h3 mark")).contains("budget", "fee");
    screenshot("search-desktop");
    assertAccessible("search page");

    openSearch("q=harbour");
    openSearch("q=harbour");
    System.out.println(
        "[browser] time to first results (warm server, fixture corpus, navigation start to rendered results): "
            + js(
                "return Math.round(performance.getEntriesByName('facetwire:first-results')[0].startTime)")
            + " ms");
  }

  @Test
  void syndicatedCopiesShowAsOneResultAlsoInOtherOutlets() throws Exception {
    String q = "q=" + enc("\"second term\"");
    JsonNode grouped = api("/api/search?" + q + "&group=story");
    Assumptions.assumeTrue(
        grouped.path("results").path(0).path("story").path("copies").asInt() > 1,
        "the server does not group syndicated copies yet (GET /api/search?group=story gives no story with copies)");
    openSearch(q);
    assertThat(texts("#hits .hit")).hasSize(grouped.path("results").size());
    WebElement story = driver.findElement(By.cssSelector("#hits .hit details.story"));
    assertThat(story.getText()).matches("Also in \\d+ outlets?");
    story.findElement(By.tagName("summary")).click();
    screenshot("search-syndicated");
    assertThat(story.findElements(By.cssSelector("li a")))
        .isNotEmpty()
        .allMatch(a -> a.getAttribute("href").contains("/article.html?id="));
    driver.findElement(By.id("group")).click();
    awaitResults();
    assertThat(url()).contains("group=off");
    assertThat(shownTotal())
        .isEqualTo(api("/api/search?" + q + "&size=1").path("total").asInt())
        .isGreaterThan(1);
  }

  /** What a user sees: enough to tell two states apart. */
  record Snapshot(
      String url, String total, List<String> titles, List<String> crumbs, String q, String sort) {}

  Snapshot snapshot() {
    return new Snapshot(
        driver.getCurrentUrl(),
        driver.findElement(By.id("total")).getText(),
        texts("#hits .hit h3"),
        texts("#active-filters .crumb"),
        driver.findElement(By.id("q")).getAttribute("value"),
        driver.findElement(By.id("sort")).getAttribute("value"));
  }

  @Test
  void urlStateSurvivesBackForwardAndReload() throws Exception {
    openSearch("q=harbour");
    Snapshot start = snapshot();
    facetValue("topics", topValue("topics", "q=harbour"))
        .findElement(By.cssSelector("input"))
        .click();
    awaitResults();
    Snapshot filtered = snapshot();
    new Select(driver.findElement(By.id("sort"))).selectByValue("oldest");
    awaitResults();
    Snapshot sorted = snapshot();
    assertThat(filtered).isNotEqualTo(start);
    assertThat(sorted.url()).contains("sort=oldest");

    driver.navigate().back();
    awaitResults();
    assertThat(snapshot()).isEqualTo(filtered);
    driver.navigate().back();
    awaitResults();
    assertThat(snapshot()).isEqualTo(start);
    driver.navigate().forward();
    awaitResults();
    assertThat(snapshot()).isEqualTo(filtered);
    driver.navigate().refresh();
    awaitResults();
    assertThat(snapshot()).isEqualTo(filtered);
    String shared = sorted.url();
    driver.get(shared);
    awaitResults();
    assertThat(snapshot()).isEqualTo(sorted);
  }

  @Test
  void pagerMovesThroughResultsInTheUrl() throws Exception {
    openSearch("size=10");
    List<String> first = texts("#hits .hit h3");
    driver.findElement(By.cssSelector("#pager a[rel=next]")).click();
    awaitResults();
    assertThat(url()).contains("page=2");
    assertThat(texts("#hits .hit h3"))
        .hasSize(apiTotal("") - 10 >= 10 ? 10 : apiTotal("") - 10)
        .doesNotContainAnyElementsOf(first);
  }

  @Test
  void emptyAndErrorStatesSayWhatToDo() throws Exception {
    openSearch("q=zyxwvut&person=Helen Marsh");
    assertThat(driver.findElement(By.cssSelector("#hits .empty")).getText())
        .contains("No articles match “zyxwvut”")
        .contains("Try removing a filter");
    driver
        .findElement(By.xpath("//div[@class='empty']//button[contains(., 'Person: Helen Marsh')]"))
        .click();
    awaitResults();
    assertThat(url()).doesNotContain("person=");

    driver.get(base() + "/?from=not-a-date");
    awaitError();
    assertThat(driver.findElement(By.id("status")).getText())
        .contains("not accepted")
        .contains("from");
  }

  @Test
  void exportLinksCarryTheSearch() throws Exception {
    assumeEndpoint("/api/export?format=csv&from=0001-01-01&to=0001-01-01", "/api/export");
    openSearch("q=harbour&person=Helen Marsh&sort=newest");
    String csv = driver.findElement(By.id("export-csv")).getAttribute("href");
    String jsonl = driver.findElement(By.id("export-jsonl")).getAttribute("href");
    assertThat(csv)
        .contains("/api/export?")
        .contains("format=csv")
        .contains("q=harbour")
        .contains("person=Helen")
        .contains("sort=newest");
    assertThat(jsonl).contains("format=jsonl");
    assertThat(fetch(csv).lines().findFirst().orElse(""))
        .as("CSV starts with its header row")
        .startsWith("id,title,");
    List<String> lines = fetch(jsonl).lines().toList();
    assertThat(lines.get(0)).contains("_provenance");
    assertThat(csv).as("the export counts what the page counts").contains("group=story");
    assertThat(lines.size() - 1)
        .as("one JSON line per match, a story per line as the page groups copies")
        .isEqualTo(apiTotal("q=harbour&person=Helen Marsh"))
        .isEqualTo(shownTotal());
  }

  @Test
  void autocompleteSuggestsPeopleAndFilters() throws Exception {
    assumeEndpoint("/api/suggest?q=he", "/api/suggest");
    openSearch("");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("helen");
    waiting().until(d -> !texts("#suggestions li[role=option]").isEmpty());
    assertThat(q.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(String.join("|", texts("#suggestions li[role=option]"))).contains("Helen Marsh");
    int index =
        texts("#suggestions li[role=option]").stream()
            .map(t -> t.contains("Helen Marsh"))
            .toList()
            .indexOf(true);
    for (int i = 0; i <= index; i++) q.sendKeys(Keys.ARROW_DOWN);
    q.sendKeys(Keys.ENTER);
    awaitResults();
    assertThat(url()).contains("person=Helen Marsh");
  }

  @Test
  void phoneWidthFitsAndIsAccessible() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    openSearch("q=harbour&person=Helen Marsh");
    assertFitsWidth("search page at phone width");
    screenshot("search-phone");
    assertThat(driver.findElement(By.id("facets")).isDisplayed())
        .as("filters fold away at phone width")
        .isFalse();
    WebElement toggle = driver.findElement(By.id("filters-toggle"));
    assertThat(toggle.getText()).isEqualTo("Filters (1 active)");
    toggle.click();
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(
            facetValue("people", "Helen Marsh").findElement(By.cssSelector("input")).isSelected())
        .isTrue();
    assertFitsWidth("search page with filters open at phone width");
    screenshot("search-phone-filters");
    assertAccessible("search page at phone width");
  }
}
