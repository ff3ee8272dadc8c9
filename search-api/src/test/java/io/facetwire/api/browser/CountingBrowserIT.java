package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * The page says what it counts and counts it the same everywhere: stories while copies are grouped
 * (the default), articles when not; undated matches are counted beside the histogram, and a date
 * range says it leaves them out and lets them in. The browser corpus has one story in three outlets
 * (Whitfield's election win) and one undated opinion piece.
 */
class CountingBrowserIT extends BrowserTestBase {

  String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  @Test
  void theTotalSaysItsUnitInBothModes() throws Exception {
    openSearch("");
    int stories = apiTotal("");
    assertThat(stories).isLessThan(CORPUS_SIZE);
    assertThat(text("#total")).isEqualTo(stories + " stories");
    assertThat(text("#histogram-title")).isEqualTo("Stories over time");
    JsonNode grouped = api("/api/search?group=story&size=1");
    assertThat(grouped.path("undated").asInt()).isPositive();
    assertThat(text("#undated"))
        .startsWith(
            grouped.path("undated").asInt()
                + (grouped.path("undated").asInt() == 1 ? " story" : " stories"))
        .contains("undated");
    screenshot("counting-stories");

    openSearch("group=off");
    assertThat(text("#total")).isEqualTo(CORPUS_SIZE + " articles");
    assertThat(text("#histogram-title")).isEqualTo("Articles over time");
    assertThat(text("#undated")).contains("undated");
    assertAccessible("search page counting articles");
  }

  @Test
  void aTickedOutletCountsWhatTheResultsShow() throws Exception {
    for (String outlet :
        api("/api/search?group=story&size=1")
            .path("facets")
            .path("outlet")
            .findValuesAsString("value")) {
      openSearch("outlet=" + outlet);
      assertThat(facetValue("outlet", outlet).findElement(By.cssSelector("input")).isSelected())
          .isTrue();
      assertThat(facetCount("outlet", outlet)).as(outlet).isEqualTo(shownTotal()).isPositive();
    }
  }

  @Test
  void aDateRangeSaysItLeavesUndatedArticlesOutAndLetsThemIn() throws Exception {
    openSearch("from=2024-01&to=2024-12");
    int dated = shownTotal();
    int undated =
        api("/api/search?group=story&size=1&from=2024-01&to=2024-12").path("undated").asInt();
    assertThat(text("#undated")).startsWith("The date range leaves out " + undated);
    driver.findElement(By.id("undated-toggle")).click();
    awaitResults();
    assertThat(url()).contains("undated=include");
    assertThat(shownTotal())
        .isEqualTo(dated + undated)
        .isEqualTo(apiTotal("from=2024-01&to=2024-12&undated=include"));
    assertThat(texts("#active-filters .crumb")).contains("Date: 2024-01 to 2024-12 or undated ✕");
    assertThat(text("#undated")).startsWith("The results include " + undated);
    screenshot("counting-undated-included");
    assertAccessible("search page with undated included");
    driver.findElement(By.id("undated-toggle")).click();
    awaitResults();
    assertThat(url()).doesNotContain("undated=");
    assertThat(shownTotal()).isEqualTo(dated);
  }

  @Test
  void aPersonPageCountsWhatItsSearchLinkShows() throws Exception {
    String person = topValue("people", "q=whitfield&group=story");
    int stories = apiTotal("person=" + enc(person));
    openPage("/entity.html?kind=person&name=" + enc(person));
    assertThat(text("#mentions")).startsWith(stories + (stories == 1 ? " story" : " stories"));
    driver.findElement(By.id("search-all")).click();
    awaitResults();
    assertThat(shownTotal()).isEqualTo(stories);

    openSearch("group=off");
    facetValue("people", person).findElement(By.cssSelector("a.about")).click();
    waiting()
        .until(d -> Boolean.TRUE.equals(js("return !document.querySelector('main[aria-busy]')")));
    int articles = api("/api/search?size=1&person=" + enc(person)).path("total").asInt();
    assertThat(text("#mentions")).startsWith(articles + (articles == 1 ? " article" : " articles"));
    driver.findElement(By.id("search-all")).click();
    awaitResults();
    assertThat(url()).contains("group=off");
    assertThat(shownTotal()).isEqualTo(articles);
  }
}
