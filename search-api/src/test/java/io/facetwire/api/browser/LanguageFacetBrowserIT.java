package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The language facet in a real browser: the detected codes shown by name, and ticking one filters.
 * The browser corpus is English (LanguagesIT covers the other languages through the API).
 */
class LanguageFacetBrowserIT extends BrowserTestBase {
  @Test
  void theLanguageFacetShowsLanguageNamesAndFilters() throws Exception {
    openSearch("");
    var lang = api("/api/search?size=1").at("/facets/lang");
    assertThat(lang).hasSize(1);
    assertThat(lang.at("/0/value").asText()).isEqualTo("en");
    assertThat(lang.at("/0/count").asInt()).isEqualTo(CORPUS_SIZE);
    // The page counts stories (syndicated copies once), like its total.
    assertThat(facetCount("lang", "English")).isEqualTo(apiTotal("")).isEqualTo(shownTotal());
    facetValue("lang", "English").findElement(By.cssSelector("input[type=checkbox]")).click();
    awaitResults();
    assertThat(url()).contains("lang=en");
    assertThat(shownTotal()).isEqualTo(apiTotal("lang=en"));
    assertThat(facetValue("lang", "English").findElement(By.cssSelector("input")).isSelected())
        .isTrue();
  }
}
