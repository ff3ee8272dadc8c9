package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Queries at the edge of what the API accepts: the page explains, stays intact and offers a way on.
 */
class QueryEdgesBrowserIT extends BrowserTestBase {

  /**
   * Changes the URL the way the page's own links do (no reload), so what the last answer drew is
   * still there.
   */
  void navigateInPage(String query) {
    js(
        "history.pushState(null, '', arguments[0]); window.dispatchEvent(new PopStateEvent('popstate'))",
        "/?" + query);
  }

  @Test
  void aTooLongQueryIsRefusedAndTheLayoutHolds() throws Exception {
    driver.get(base() + "/");
    awaitResults();
    int maxlength = Integer.parseInt(driver.findElement(By.id("q")).getAttribute("maxlength"));
    assertThat(status("/api/search?q=" + "a".repeat(maxlength)))
        .as("the longest query the box allows is accepted")
        .isEqualTo(200);
    assertThat(status("/api/search?q=" + "a".repeat(maxlength + 1)))
        .as("one more character is not")
        .isEqualTo(400);

    String q = "harbour strike ".repeat(200).strip();
    assertThat(q.length()).isGreaterThan(2_900);
    driver.get(base() + "/?q=" + enc(q));
    awaitError();
    assertThat(driver.findElement(By.id("status")).getText())
        .contains("too long")
        .doesNotContain("Try again");
    WebElement crumb = driver.findElement(By.cssSelector("#active-filters .crumb"));
    assertThat(crumb.getAttribute("title")).as("the full text on hover").isEqualTo("Search: " + q);
    assertThat(crumb.getSize().getWidth())
        .as("the pill is cut, not 3,000 characters wide")
        .isLessThan(600);
    assertThat(crumb.getSize().getHeight()).as("on one line").isLessThan(60);
    assertThat(driver.getTitle().length()).isLessThan(100);
    assertFitsWidth("a 3,000-character query");
    screenshot("long-query-desktop");
    assertAccessible("a 3,000-character query");
    driver.manage().window().setSize(new Dimension(390, 844));
    assertFitsWidth("a 3,000-character query at phone width");
    screenshot("long-query-phone");

    driver.manage().window().setSize(new Dimension(1280, 1000));
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys("x".repeat(maxlength + 20));
    assertThat(box.getAttribute("value"))
        .as("the box takes no more than the API accepts")
        .hasSize(maxlength);
  }

  @Test
  void reversedDatesClearTheOldResultsAndOfferAFixInsteadOfResending() throws Exception {
    openSearch("q=harbour");
    assertThat(texts("#hits .hit")).isNotEmpty();
    navigateInPage("q=harbour&from=2024-09-01&to=2024-03-01");
    awaitError();
    assertThat(driver.findElement(By.id("status")).getText()).contains("after");
    assertThat(driver.findElements(By.cssSelector("#hits li, #pager a, #facets .facet")))
        .as("nothing of the last answer stays")
        .isEmpty();
    assertThat(driver.findElement(By.id("histogram")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("export")).isDisplayed()).isFalse();
    assertThat(texts("#status button"))
        .doesNotContain("Try again")
        .contains("Search from 2024-03-01 to 2024-09-01 instead", "remove the date filter");
    screenshot("reversed-dates");
    assertAccessible("reversed dates");

    driver
        .findElement(By.xpath("//div[@id='status']//button[starts-with(., 'Search from')]"))
        .click();
    awaitResults();
    assertThat(url()).contains("from=2024-03-01").contains("to=2024-09-01");
    assertThat(shownTotal())
        .isEqualTo(apiTotal("q=harbour&from=2024-03-01&to=2024-09-01"))
        .isPositive();
  }

  @Test
  void anyRejectedRequestIsNotOfferedAgainAsItIs() {
    openSearch("q=harbour");
    navigateInPage("q=harbour&page=0");
    awaitError();
    assertThat(driver.findElement(By.id("status")).getText()).contains("page must be 1 or more");
    assertThat(texts("#status button"))
        .as("a 400 is not resent as it is")
        .doesNotContain("Try again");
  }
}
