package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Saved searches in the workbench: hidden until an API token is in the session; saving the search
 * in the URL (by keyboard), opening it again, taking a snapshot and copying its citation line; and
 * the Atom links that follow the search in the URL.
 */
@TestPropertySource(properties = "facetwire.security.api-token=" + CollectionsBrowserIT.TOKEN)
class CollectionsBrowserIT extends BrowserTestBase {
  static final String TOKEN = "browser-collections-token";

  @Test
  void savesTheCurrentSearchOpensItAndCitesASnapshot() throws Exception {
    String outlet = topValue("outlet", "q=harbour");
    openSearch("q=harbour&outlet=" + enc(outlet) + "&sort=newest");
    assertThat(driver.findElement(By.id("collections")).isDisplayed())
        .as("no token yet: no saved searches")
        .isFalse();
    driver.findElement(By.cssSelector("#add-articles summary")).click();
    driver.findElement(By.id("api-token")).sendKeys(TOKEN, Keys.ENTER);
    waiting()
        .withMessage("the panel once the token is set")
        .until(d -> driver.findElement(By.id("collections")).isDisplayed());

    driver.findElement(By.cssSelector("#collections summary")).click();
    driver.findElement(By.id("collection-name")).sendKeys("Ledger on the harbour");
    driver.findElement(By.id("collection-note")).sendKeys("chapter 2");
    driver.findElement(By.id("collection-name")).sendKeys(Keys.ENTER);
    waiting()
        .withMessage("the saved search in the list")
        .until(d -> texts("#collection-list .collection-name").contains("Ledger on the harbour"));
    JsonNode saved = api("/api/collections").at("/collections/0");
    assertThat(saved.at("/params/q/0").asText()).isEqualTo("harbour");
    assertThat(saved.at("/params/outlet/0").asText()).isEqualTo(outlet);
    assertThat(saved.at("/params/sort/0").asText()).isEqualTo("newest");
    assertThat(saved.at("/params/group/0").asText()).isEqualTo("story");
    screenshot("collections-saved");

    driver.findElement(By.xpath("//button[.='Take snapshot']")).click();
    waiting()
        .withMessage("the citation line")
        .until(
            d -> !driver.findElement(By.id("snapshot-citation")).getDomProperty("value").isEmpty());
    String citation = driver.findElement(By.id("snapshot-citation")).getDomProperty("value");
    int total =
        api("/api/search?q=harbour&outlet=" + enc(outlet) + "&group=story&size=1")
            .path("total")
            .asInt();
    assertThat(citation)
        .startsWith("Facetwire snapshot ")
        .contains(", " + total + " articles, sha256 ")
        .contains("/api/snapshots/");
    assertThat(driver.findElement(By.id("collections-status")).getText())
        .contains("Snapshot taken: " + total + " articles");
    // Headless Chromium may refuse the clipboard; either the text is copied or it is selected for
    // Ctrl+C.
    driver.findElement(By.id("copy-citation")).click();
    waiting()
        .until(
            d ->
                driver.findElement(By.id("collections-status")).getText().contains("opied")
                    || driver
                        .findElement(By.id("collections-status"))
                        .getText()
                        .contains("Ctrl+C"));
    screenshot("collections-snapshot");
    assertAccessible("search page with saved searches and a snapshot");

    openSearch("q=ferry");
    assertThat(driver.findElement(By.id("follow-atom")).getAttribute("href"))
        .endsWith("/api/search.atom?q=ferry&group=story");
    assertThat(driver.findElement(By.id("atom-feed")).getAttribute("href"))
        .endsWith("/api/search.atom?q=ferry&group=story");
    assertThat(fetch(driver.findElement(By.id("follow-atom")).getAttribute("href")))
        .contains("<feed");
    driver.findElement(By.cssSelector("#collections summary")).click();
    driver.findElement(By.linkText("Ledger on the harbour")).click();
    awaitResults();
    assertThat(url())
        .contains("q=harbour")
        .contains("outlet=" + outlet)
        .contains("sort=newest")
        .doesNotContain("group=off");
    assertThat(driver.findElement(By.id("follow-atom")).getAttribute("href"))
        .contains("q=harbour")
        .contains("outlet=");
    assertThat(shownTotal()).isEqualTo(total);
  }
}
