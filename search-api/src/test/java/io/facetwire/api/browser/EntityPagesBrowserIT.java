package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import tools.jackson.databind.JsonNode;

/**
 * Article, person, topic and organisation pages in a real browser, and their links back into
 * filtered searches.
 */
class EntityPagesBrowserIT extends BrowserTestBase {

  @Test
  void articlePageShowsFullTextWithQueryMarkedAndLinks() throws Exception {
    openSearch("q=" + enc("dockworkers strike") + "&sort=oldest");
    String results = driver.getCurrentUrl();
    driver.findElement(By.cssSelector("#hits .hit h3 a")).click();
    waiting()
        .until(d -> Boolean.TRUE.equals(js("return !document.querySelector('main[aria-busy]')")));
    String id = driver.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
    JsonNode article = api("/api/articles/" + id);
    assertThat(driver.findElement(By.cssSelector("main h1")).getText())
        .isEqualTo(article.path("title").asText());
    assertThat(driver.findElement(By.cssSelector("main .meta")).getText())
        .contains(article.path("outlet").asText());
    assertThat(texts("main .body p")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(texts("main .body mark"))
        .isNotEmpty()
        .allMatch(
            m -> m.toLowerCase().startsWith("dockworker") || m.toLowerCase().startsWith("strike"));
    assertThat(
            driver.findElements(
                By.cssSelector("main .facts a[href^='/entity.html?kind=person&name=']")))
        .hasSize(article.path("people").size());
    if (article.path("similar").size() > 0) assertThat(texts("#related #similar-title")).hasSize(1);
    if (article.path("copies").size() > 0) assertThat(texts("#related #copies-title")).hasSize(1);
    assertThat(driver.findElement(By.id("back")).getAttribute("href"))
        .as("back leads to the same results")
        .isEqualTo(results);
    screenshot("article-desktop");
    assertAccessible("article page");

    driver.manage().window().setSize(new Dimension(390, 844));
    driver.navigate().refresh();
    waiting()
        .until(d -> Boolean.TRUE.equals(js("return !document.querySelector('main[aria-busy]')")));
    assertFitsWidth("article page at phone width");
    screenshot("article-phone");
  }

  @Test
  void unknownArticleSaysSo() {
    openPage("/article.html?id=no-such-article");
    assertThat(driver.findElement(By.cssSelector("main h1")).getText())
        .isEqualTo("Article not found");
    assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Go back to search");
  }

  @Test
  void personPageSummarisesMentionsAndLinksBackIntoSearch() throws Exception {
    openPage("/entity.html?kind=person&name=" + enc("Helen Marsh"));
    int mentions =
        apiTotal("person=" + enc("Helen Marsh")); // counted in stories, as the page groups copies
    assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Helen Marsh");
    assertThat(driver.findElement(By.cssSelector("main .lead")).getText())
        .startsWith(mentions + (mentions == 1 ? " story mentions" : " stories mention"));
    assertThat(driver.findElements(By.cssSelector("#entity svg.chart rect.bar"))).isNotEmpty();
    assertThat(texts("section[aria-labelledby=people-title] .ranked li > a:first-child"))
        .isNotEmpty()
        .doesNotContain("Helen Marsh");
    assertThat(texts("section[aria-labelledby=latest-title] li a")).isNotEmpty();
    screenshot("person-desktop");
    assertAccessible("person page");
    driver.manage().window().setSize(new Dimension(390, 844));
    assertFitsWidth("person page at phone width");
    screenshot("person-phone");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    String outlet =
        texts("section[aria-labelledby=outlets-title] .ranked li > a:first-child").get(0);
    driver
        .findElement(By.cssSelector("section[aria-labelledby=outlets-title] .ranked li > a"))
        .click();
    awaitResults();
    assertThat(texts("#active-filters .crumb"))
        .containsExactlyInAnyOrder("Person: Helen Marsh ✕", "Outlet: " + outlet + " ✕");
    assertThat(shownTotal())
        .isEqualTo(apiTotal("person=" + enc("Helen Marsh") + "&outlet=" + enc(outlet)));
  }

  @Test
  void personPageRanksCoMentionedPeopleByRelatedness() throws Exception {
    assumeEndpoint("/api/people/" + enc("Helen Marsh"), "/api/people/{name}");
    JsonNode person = api("/api/people/" + enc("Helen Marsh"));
    openPage("/entity.html?kind=person&name=" + enc("Helen Marsh"));
    assertThat(
            driver
                .findElement(By.cssSelector("section[aria-labelledby=people-title] .hint"))
                .getText())
        .contains("relatedness");
    assertThat(texts("section[aria-labelledby=people-title] .ranked li > a:first-child"))
        .containsExactlyElementsOf(person.path("coMentioned").findValuesAsString("value"));
  }

  @Test
  void organisationPageFromTheFacetAndBackIntoSearch() throws Exception {
    String org = topValue("orgs", "q=");
    openSearch("");
    // the organisations facet links each value to its page, as people's values are linked
    String about =
        driver
            .findElement(
                By.cssSelector("a.about[href^='/entity.html?kind=org&name=" + enc(org) + "']"))
            .getAttribute("href");
    driver.get(about);
    waiting()
        .until(d -> Boolean.TRUE.equals(js("return !document.querySelector('main[aria-busy]')")));
    int mentions = apiTotal("org=" + enc(org));
    assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(org);
    assertThat(driver.findElement(By.cssSelector("main .kicker")).getText())
        .isEqualToIgnoringCase("Organisation");
    assertThat(driver.findElement(By.cssSelector("main .lead")).getText())
        .startsWith(mentions + (mentions == 1 ? " story mentions" : " stories mention"))
        .contains("this organisation");
    assertThat(texts("section[aria-labelledby=latest-title] li a")).isNotEmpty();
    screenshot("org-desktop");
    assertAccessible("organisation page");
    driver.findElement(By.id("search-all")).click();
    awaitResults();
    assertThat(texts("#active-filters .crumb")).containsExactly("Organisation: " + org + " ✕");
    assertThat(shownTotal()).isEqualTo(mentions);
  }

  @Test
  void topicPageAndUnknownNames() throws Exception {
    String topic = topValue("topics", "person=Omar Haddad");
    openPage("/entity.html?kind=topic&name=" + enc(topic));
    assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo(topic);
    assertThat(texts("section[aria-labelledby=people-title] .ranked li > a:first-child"))
        .contains("Omar Haddad");
    screenshot("topic-desktop");
    assertAccessible("topic page");
    driver.findElement(By.id("search-all")).click();
    awaitResults();
    assertThat(shownTotal()).isEqualTo(apiTotal("topic=" + enc(topic)));

    // The former person.html (a saved link) opens the one entity page, name and view kept.
    openPage("/person.html?name=" + enc("Nobody Atall") + "&group=off");
    assertThat(url()).contains("/entity.html?kind=person&name=Nobody Atall&group=off");
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains("No article in the index mentions “Nobody Atall”");
  }
}
