package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The attention view of a search and the compare view: reached from the search page with its query
 * and filters, every setting in the URL, numbers equal to the API's, a table and a CSV beside the
 * chart, keyboard-usable and axe-clean.
 */
class AttentionBrowserIT extends BrowserTestBase {

  /** Waits until the view has rendered the current URL. */
  void awaitView() {
    waiting()
        .withMessage("view to render " + driver.getCurrentUrl())
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "return !document.getElementById('view').hasAttribute('aria-busy') && !document.getElementById('chart-area').hasAttribute('aria-busy')")));
  }

  String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  @Test
  void attentionViewOfTheCurrentSearchShowsCountOrShareAsChartTableAndCsv() throws Exception {
    openSearch("q=harbour");
    driver.findElement(By.id("attention-link")).click();
    awaitView();
    assertThat(url()).contains("/attention.html?q=harbour");
    JsonNode t = api("/api/timeline?q=harbour&count=stories");
    int total = t.path("total").asInt();
    assertThat(total).isEqualTo(apiTotal("q=harbour"));
    assertThat(text("#timeline-total")).startsWith(total + (total == 1 ? " story" : " stories"));
    assertThat(driver.findElements(By.cssSelector("svg.series-chart polyline.line"))).hasSize(1);
    screenshot("attention-count");
    assertAccessible("attention view");

    // Share of all coverage, by keyboard: the radio is a plain form control.
    WebElement share = driver.findElement(By.cssSelector("input[name=normalize][value=share]"));
    share.sendKeys(" ");
    awaitView();
    assertThat(url()).contains("normalize=share");
    driver.findElement(By.cssSelector("details.table-alt summary")).click();
    List<String> head = texts("table.series-table thead th");
    assertThat(head).contains("Share", "All coverage (stories)");
    JsonNode shared = api("/api/timeline?q=harbour&count=stories&normalize=share");
    assertThat(driver.findElements(By.cssSelector("table.series-table tbody tr")))
        .hasSize(shared.path("buckets").size());
    driver.findElement(By.cssSelector("input[name=chart][value=bar]")).click();
    awaitView();
    assertThat(driver.findElements(By.cssSelector("svg.series-chart rect.bar")))
        .hasSize(shared.path("buckets").size());
    WebElement csv = driver.findElement(By.id("timeline-csv"));
    assertThat(csv.getAttribute("download")).isEqualTo("attention.csv");
    csv.click();
    assertThat(csv.getAttribute("href")).startsWith("blob:");
    screenshot("attention-share-bars");
    assertAccessible("attention view, share as bars");

    // Articles instead of stories: copies counted, so at least as many.
    driver.findElement(By.id("group")).click();
    awaitView();
    assertThat(url()).contains("group=off");
    int articles = api("/api/search?q=harbour&size=1").path("total").asInt();
    assertThat(text("#timeline-total")).startsWith(articles + " articles");
    driver.navigate().back();
    awaitView();
    assertThat(text("#timeline-total")).startsWith(total + (total == 1 ? " story" : " stories"));
  }

  @Test
  void compareViewDrawsOneLinePerQueryWithLegendAndOverlapFromAShareableUrl() throws Exception {
    openSearch("q=harbour");
    driver.findElement(By.id("compare-link")).click();
    awaitView();
    assertThat(driver.findElement(By.id("cq-0")).getAttribute("value")).isEqualTo("harbour");
    assertThat(text("#compare-hint")).contains("two to six");
    driver.findElement(By.id("cq-1")).sendKeys("migration");
    driver.findElement(By.id("add-query")).click();
    driver.findElement(By.id("cq-2")).sendKeys("election");
    driver.findElement(By.id("cl-2")).sendKeys("Vote");
    driver.findElement(By.id("compare")).click();
    awaitView();
    assertThat(url())
        .contains("q=harbour")
        .contains("q=migration")
        .contains("q=election")
        .contains("label=Vote");
    assertThat(driver.findElements(By.cssSelector("svg.series-chart polyline.line"))).hasSize(3);
    List<String> legend = texts(".legend li").stream().map(t -> t.replaceAll("\\s+", " ")).toList();
    assertThat(legend).hasSize(3);
    int i = 0;
    for (String[] s :
        new String[][] {{"harbour", "harbour"}, {"migration", "migration"}, {"election", "Vote"}}) {
      int total = apiTotal("q=" + s[0]);
      assertThat(legend.get(i++)).isEqualTo(s[1] + " " + total + " stories");
    }
    assertThat(texts("#overlap li"))
        .hasSize(3)
        .anyMatch(t -> t.startsWith("harbour & migration: "));
    screenshot("compare-desktop");
    assertAccessible("compare view");

    String shared = driver.getCurrentUrl();
    driver.get(shared);
    awaitView();
    assertThat(texts(".legend li").stream().map(t -> t.replaceAll("\\s+", " ")).toList())
        .isEqualTo(legend);
    driver.findElement(By.id("add-query")).click();
    driver.findElement(By.id("add-query")).click();
    driver.findElement(By.id("add-query")).click();
    assertThat(driver.findElements(By.cssSelector(".query-row"))).hasSize(6);
    assertThat(driver.findElement(By.id("add-query")).isEnabled()).isFalse();
    driver.manage().window().setSize(new Dimension(390, 844));
    assertFitsWidth("compare view at phone width");
    screenshot("compare-phone");
  }
}
