package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Narrowing a search in a real browser: facets (multi-select, exclude, show more, find), the date
 * brush, breadcrumbs, keyboard.
 */
class FiltersBrowserIT extends BrowserTestBase {

  @Test
  void facetDrillDownMultiSelectAndExclude() throws Exception {
    openSearch("q=harbour");
    int marsh = facetCount("people", "Helen Marsh");
    facetValue("people", "Helen Marsh").findElement(By.cssSelector("input[type=checkbox]")).click();
    awaitResults();
    assertThat(url()).contains("person=Helen Marsh");
    assertThat(shownTotal())
        .isEqualTo(apiTotal("q=harbour&person=" + enc("Helen Marsh")))
        .isLessThanOrEqualTo(marsh);
    assertThat(
            facetValue("people", "Helen Marsh").findElement(By.cssSelector("input")).isSelected())
        .isTrue();

    facetValue("people", "Tom Baxter").findElement(By.cssSelector("input[type=checkbox]")).click();
    awaitResults();
    int either = apiTotal("q=harbour&person=Helen Marsh&person=Tom Baxter");
    assertThat(shownTotal())
        .as("values of one facet are OR-ed")
        .isEqualTo(either)
        .isGreaterThanOrEqualTo(marsh);

    facetValue("outlet", "Daily Meridian").findElement(By.cssSelector("button.exclude")).click();
    awaitResults();
    assertThat(url()).contains("-outlet=Daily Meridian");
    assertThat(shownTotal())
        .isEqualTo(
            apiTotal("q=harbour&person=Helen Marsh&person=Tom Baxter&-outlet=Daily Meridian"));
    assertThat(texts("#active-filters .crumb")).contains("Not outlet: Daily Meridian ✕");
    assertThat(
            facetValue("outlet", "Daily Meridian")
                .findElement(By.cssSelector("button.exclude"))
                .getAttribute("aria-pressed"))
        .isEqualTo("true");
  }

  @Test
  void showMoreExpandsAFacetAndStaysInTheUrl() throws Exception {
    openSearch("");
    int collapsed = texts("#values-people .name").size();
    WebElement more =
        driver.findElement(By.cssSelector("button.more[aria-controls=values-people]"));
    assertThat(more.getAttribute("aria-expanded")).isEqualTo("false");
    more.click();
    awaitResults();
    assertThat(url()).contains("more=people");
    assertThat(texts("#values-people .name"))
        .hasSizeGreaterThan(collapsed)
        .containsAll(
            api("/api/search?size=1").path("facets").path("people").findValuesAsString("value"));
    driver.navigate().refresh();
    awaitResults();
    assertThat(
            driver
                .findElement(By.cssSelector("button.fewer[aria-controls=values-people]"))
                .getText())
        .isEqualTo("Show fewer");
  }

  @Test
  void facetSearchFindsValuesByAnyWord() throws Exception {
    assumeEndpoint("/api/facets/people?limit=1", "/api/facets/{field}");
    openSearch("");
    WebElement find = driver.findElement(By.id("find-people"));
    find.sendKeys("mar");
    // the list is replaced when the answer comes: an entry read at that moment is gone, so read
    // again
    waiting()
        .ignoring(StaleElementReferenceException.class)
        .until(d -> texts("#values-people .name").stream().noneMatch(n -> n.equals("Tom Baxter")));
    assertThat(texts("#values-people .name"))
        .contains("Helen Marsh", "Maria Lindqvist")
        .doesNotContain("Tom Baxter");
    facetValue("people", "Maria Lindqvist").findElement(By.cssSelector("input")).click();
    awaitResults();
    assertThat(shownTotal()).isEqualTo(apiTotal("person=Maria Lindqvist"));
  }

  @Test
  void draggingAcrossTheHistogramFiltersTheDateRange() throws Exception {
    openSearch("");
    WebElement chart = driver.findElement(By.cssSelector("#histogram svg.chart"));
    List<WebElement> bars = chart.findElements(By.cssSelector("rect.bar"));
    assertThat(bars).hasSizeGreaterThanOrEqualTo(6);
    String from =
        bars.get(1).findElement(By.tagName("title")).getAttribute("textContent").split(":")[0];
    String to =
        bars.get(3).findElement(By.tagName("title")).getAttribute("textContent").split(":")[0];
    int width = chart.getRect().getWidth();
    int step = width / bars.size();
    new Actions(driver)
        .moveToElement(chart, -width / 2 + step + step / 2, 0)
        .clickAndHold()
        .moveByOffset(2 * step, 0)
        .release()
        .perform();
    awaitResults();
    assertThat(url()).contains("from=" + from).contains("to=" + to);
    assertThat(shownTotal()).isEqualTo(apiTotal("from=" + from + "&to=" + to));
    assertThat(texts("#active-filters .crumb")).contains("Date: " + from + " to " + to + " ✕");
    screenshot("search-date-range");

    driver.findElement(By.cssSelector("#histogram .clear-range")).click();
    awaitResults();
    assertThat(url()).doesNotContain("from=");
    assertThat(shownTotal()).isEqualTo(apiTotal(""));

    // The table alternative does the same by keyboard.
    driver.findElement(By.cssSelector("#histogram details summary")).click();
    WebElement only = driver.findElements(By.cssSelector("#histogram table button")).get(2);
    String period = only.getText().replace("Only ", "");
    only.click();
    awaitResults();
    assertThat(shownTotal()).isEqualTo(apiTotal("from=" + period + "&to=" + period));
  }

  @Test
  void histogramBucketSizeCanBeChosen() throws Exception {
    Assumptions.assumeTrue(
        api("/api/search?size=1").has("dateInterval"),
        "the server does not report dateInterval yet, so it takes no interval= parameter");
    openSearch("");
    new Select(driver.findElement(By.id("interval"))).selectByValue("year");
    awaitResults();
    assertThat(url()).contains("interval=year");
    assertThat(driver.findElements(By.cssSelector("#histogram rect.bar")))
        .hasSize(api("/api/search?size=1&interval=year").path("facets").path("date").size());
    driver.findElement(By.cssSelector("#histogram details summary")).click();
    assertThat(texts("#histogram table th[scope=row]")).allMatch(v -> v.matches("\\d{4}"));
  }

  @Test
  void breadcrumbsRemoveOneFilterOrAll() throws Exception {
    String topic = topValue("topics", "q=harbour&person=Helen Marsh");
    openSearch("q=harbour&person=Helen Marsh&topic=" + enc(topic) + "&sort=newest");
    assertThat(texts("#active-filters .crumb"))
        .containsExactly("Search: harbour ✕", "Person: Helen Marsh ✕", "Topic: " + topic + " ✕");
    driver
        .findElement(
            By.cssSelector("#active-filters .crumb[aria-label='Remove Person: Helen Marsh']"))
        .click();
    awaitResults();
    assertThat(url()).doesNotContain("person=").contains("topic=" + topic).contains("q=harbour");
    assertThat(shownTotal()).isEqualTo(apiTotal("q=harbour&topic=" + enc(topic)));
    driver.findElement(By.cssSelector("#active-filters .clear-all")).click();
    awaitResults();
    assertThat(url()).doesNotContain("topic=").doesNotContain("q=").contains("sort=newest");
    assertThat(driver.findElements(By.cssSelector("#active-filters .crumb"))).isEmpty();
    assertThat(shownTotal()).isEqualTo(apiTotal(""));
  }

  @Test
  void aFacetsInfoButtonSaysHowItsValuesAreFoundAndLinksToTheFigures() throws Exception {
    openSearch("q=harbour");
    WebElement info =
        driver.findElement(
            By.cssSelector("section.facet[aria-labelledby=facet-people] details.facet-info"));
    info.findElement(By.tagName("summary")).click();
    assertThat(info.getAttribute("open")).isNotNull();
    assertThat(info.getText()).contains("Found by rules").contains("Held-out");
    WebElement link = info.findElement(By.cssSelector("a[href='/accuracy.html#people']"));
    link.click();
    waiting()
        .withMessage("figures page")
        .until(d -> d.getCurrentUrl().endsWith("/accuracy.html#people"));
    assertThat(driver.findElement(By.id("people")).getText()).isEqualTo("People");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("How far to trust the facets");
  }

  @Test
  void keyboardOnlyFilteringKeepsFocus() throws Exception {
    openSearch("q=harbour");
    WebElement focused = null;
    for (int i = 0; i < 40; i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
      focused = driver.switchTo().activeElement();
      if ("checkbox".equals(focused.getAttribute("type"))
          && focused.getAttribute("data-key") != null) break;
    }
    assertThat(focused.getAttribute("data-key"))
        .as("Tab reaches a facet checkbox")
        .startsWith("include:");
    assertThat(js("return getComputedStyle(document.activeElement).outlineStyle"))
        .as("focus is visible")
        .isNotEqualTo("none");
    String key = focused.getAttribute("data-key");
    focused.sendKeys(Keys.SPACE);
    awaitResults();
    assertThat(url())
        .contains(key.startsWith("include:person:") ? "person=" : key.split(":")[1] + "=");
    WebElement now = driver.switchTo().activeElement();
    assertThat(now.getAttribute("data-key"))
        .as("focus stays on the control after re-rendering")
        .isEqualTo(key);
    assertThat(now.isSelected()).isTrue();
  }
}
