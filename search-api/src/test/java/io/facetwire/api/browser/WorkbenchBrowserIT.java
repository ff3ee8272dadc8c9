package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.Article;
import io.facetwire.ingest.SolrSink;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Workbench defects of issue 15 part 5 and the article page of issue 20 part 4. Articles a test
 * needs beyond the fixture corpus (no URL, a broken URL, wire copy, many people) are indexed by
 * that test and removed after it, so the corpus the other tests count on stays as it was.
 */
class WorkbenchBrowserIT extends BrowserTestBase {
  private final List<String> added = new ArrayList<>();

  @Autowired SolrClient solr;

  void index(Article... articles) {
    SolrSink sink = new SolrSink(solr);
    sink.write(List.of(articles));
    sink.finish();
    for (Article a : articles) added.add(a.id());
  }

  @AfterEach
  void removeAdded() throws Exception {
    if (added.isEmpty()) return;
    solr.deleteById(added);
    solr.commit();
    added.clear();
  }

  static Article article(String id, String url, String title, String body, List<String> people) {
    return new Article(
        id,
        url,
        title,
        body,
        OffsetDateTime.of(2024, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC),
        "Test Wire",
        null,
        "en",
        "test/" + id,
        people,
        List.of(),
        List.of(),
        List.of(),
        "hash-" + id,
        id,
        List.of());
  }

  @Test
  void suggestionsCloseOnEnterAndOnSubmit() throws Exception {
    assumeEndpoint("/api/suggest?q=he", "/api/suggest");
    openSearch("");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("helen");
    waiting().until(d -> driver.findElement(By.id("suggestions")).isDisplayed());
    q.sendKeys(Keys.ENTER);
    awaitResults();
    assertThat(url()).contains("q=helen");
    assertSuggestionsStayClosed();
    screenshot("suggestions-closed-after-enter");

    q.clear();
    q.sendKeys("harbo");
    waiting().until(d -> driver.findElement(By.id("suggestions")).isDisplayed());
    driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    awaitResults();
    assertThat(url()).contains("q=harbo");
    assertSuggestionsStayClosed();

    q.sendKeys("ur");
    q.sendKeys(
        Keys.ENTER); // before the lookup for "harbour" answers: its late answer must not reopen the
    // list
    awaitResults();
    assertSuggestionsStayClosed();
  }

  /** Closed now, and still closed once any lookup still on its way has had time to answer. */
  void assertSuggestionsStayClosed() throws InterruptedException {
    assertThat(driver.findElement(By.id("suggestions")).isDisplayed()).isFalse();
    Thread.sleep(600);
    assertThat(driver.findElement(By.id("suggestions")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("q")).getAttribute("aria-expanded")).isEqualTo("false");
  }

  @Test
  void pagingMovesFocusAndViewToTheFirstResult() throws Exception {
    openSearch("sort=oldest&size=5");
    WebElement next = driver.findElement(By.cssSelector("#pager a[rel=next]"));
    js("arguments[0].scrollIntoView()", next);
    next.click();
    awaitResults();
    assertThat(url()).contains("page=2");
    WebElement first = driver.findElement(By.cssSelector("#hits .hit h3 a"));
    assertThat(js("return document.activeElement === arguments[0]", first))
        .as("focus on the first result")
        .isEqualTo(true);
    Number top = (Number) js("return arguments[0].getBoundingClientRect().top", first);
    Number height = (Number) js("return window.innerHeight");
    assertThat(top.doubleValue())
        .as("the first result in view")
        .isBetween(0.0, height.doubleValue() - 40);
    screenshot("paging-second-page");
  }

  @Test
  void aPageBeyondTheEndSaysSoAndLeadsToTheLastPage() throws Exception {
    int total = apiTotal("sort=oldest");
    int last = (total + 9) / 10;
    assertThat(last).isLessThan(9);
    driver.get(base() + "/?sort=oldest&page=9");
    awaitError();
    String status = driver.findElement(By.id("status")).getText();
    assertThat(status)
        .contains("There is no page 9", "the last page is " + last)
        .doesNotContain("not accepted");
    screenshot("page-beyond-the-end");
    assertAccessible("a page beyond the end");
    driver.findElement(By.linkText("Go to page " + last)).click();
    awaitResults();
    assertThat(url()).contains("page=" + last).contains("sort=oldest");
    assertThat(texts("#hits .hit")).hasSize(total - (last - 1) * 10);
    assertThat(js("return document.activeElement === document.querySelector('#hits .hit h3 a')"))
        .isEqualTo(true);
  }

  @Test
  void articlePageWithoutOrWithABrokenUrlStillShows() throws Exception {
    index(
        article("test-no-url", null, "Article without an address", "Plain text.", List.of()),
        article(
            "test-empty-host", "https://", "Article with https:// only", "Plain text.", List.of()),
        article(
            "test-bad-ipv6",
            "http://[::1",
            "Article with a broken address",
            "Plain text.",
            List.of()),
        article(
            "test-good-url",
            "https://example.org/a/b",
            "Article with an address",
            "Plain text.",
            List.of()));
    for (String id : List.of("test-no-url", "test-empty-host", "test-bad-ipv6")) {
      openPage("/article.html?id=" + id);
      assertThat(driver.findElement(By.cssSelector("main h1")).getText())
          .as(id)
          .startsWith("Article with");
      assertThat(driver.findElement(By.cssSelector("main")).getText())
          .as(id)
          .doesNotContainIgnoringCase("null")
          .contains("Plain text.");
      assertThat(driver.findElements(By.linkText("Read the original"))).as(id).isEmpty();
      assertAccessible("article " + id);
    }
    screenshot("article-broken-url");
    openPage("/article.html?id=test-good-url");
    assertThat(driver.findElement(By.linkText("Read the original")).getAttribute("href"))
        .isEqualTo("https://example.org/a/b");
    assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("(example.org)");
  }

  @Test
  void hardWrappedWireTextIsReflowedIntoParagraphs() throws Exception {
    String body =
        """
            LONDON, March 3 - Oil prices rose on Tuesday after producers said
        they would hold output steady through the summer, traders said in
        the morning.
            Brent crude gained 40 cents to 18.20 dlrs a barrel, its highest
        level in three weeks.

        Analysts expect further gains if stocks keep falling over the
        coming weeks.
        """;
    index(article("test-wire", null, "Oil prices rise on steady output", body, List.of()));
    openPage("/article.html?id=test-wire&q=oil");
    assertThat(texts("main .body p"))
        .containsExactly(
            "LONDON, March 3 - Oil prices rose on Tuesday after producers said they would hold output steady through the summer, traders said in the morning.",
            "Brent crude gained 40 cents to 18.20 dlrs a barrel, its highest level in three weeks.",
            "Analysts expect further gains if stocks keep falling over the coming weeks.");
    assertThat(texts("main .body mark")).containsOnly("Oil");
    screenshot("article-reflowed");
  }

  @Test
  void personNamesMatchInAnyCase() throws Exception {
    openPage("/entity.html?kind=person&name=" + enc("helen MARSH"));
    assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Helen Marsh");
    // The page counts stories, as the search page does by default.
    int mentions =
        api("/api/search?person=" + enc("Helen Marsh") + "&group=story&size=1")
            .path("total")
            .asInt();
    assertThat(driver.findElement(By.cssSelector("main .lead")).getText())
        .startsWith(mentions + " stor")
        .contains(" mention");
    assertThat(url()).as("the URL names the person as indexed").contains("name=Helen Marsh");
    assertThat(driver.findElement(By.id("search-all")).getAttribute("href"))
        .contains("person=Helen+Marsh");
    screenshot("person-any-case");
  }

  @Test
  void showMoreSaysHowManyRemainAndPagesInStepsOf25() throws Exception {
    assumeEndpoint("/api/facets/people?limit=1", "/api/facets/{field}");
    List<String> people =
        IntStream.range(0, 60).mapToObj(i -> String.format("Zed Person %02d", i)).toList();
    index(
        article(
            "test-many-1",
            null,
            "Zebrafish census one",
            "Zebrafish counted.",
            people.subList(0, 30)),
        article(
            "test-many-2",
            null,
            "Zebrafish census two",
            "Zebrafish counted.",
            people.subList(20, 50)),
        article(
            "test-many-3",
            null,
            "Zebrafish census three",
            "Zebrafish counted.",
            people.subList(40, 60)));
    openSearch("q=zebrafish");
    assertThat(texts("#values-people .name")).hasSize(6);
    assertThat(moreButton().getText()).isEqualTo("Show 19 more people (54 not shown)");

    moreButton().click();
    awaitResults();
    assertThat(url()).contains("more=people");
    List<String> shown = texts("#values-people .name");
    assertThat(shown).hasSize(25).doesNotHaveDuplicates().allMatch(people::contains);
    assertThat(moreButton().getText()).isEqualTo("Show 25 more people (35 not shown)");
    screenshot("facet-show-more-25");

    moreButton().click();
    awaitResults();
    assertThat(url()).contains("more=people:50");
    assertThat(texts("#values-people .name"))
        .hasSize(50)
        .startsWith(shown.toArray(String[]::new))
        .doesNotHaveDuplicates();
    assertThat(moreButton().getText()).isEqualTo("Show 10 more people (10 not shown)");

    moreButton().click();
    awaitResults();
    assertThat(texts("#values-people .name"))
        .hasSize(60)
        .containsExactlyInAnyOrderElementsOf(people);
    assertThat(driver.findElements(By.cssSelector("button.more[data-key='more:people']")))
        .isEmpty();

    driver.navigate().refresh();
    awaitResults();
    assertThat(texts("#values-people .name")).as("the URL keeps how many are shown").hasSize(60);
    driver.findElement(By.cssSelector("button[data-key='fewer:people']")).click();
    awaitResults();
    assertThat(texts("#values-people .name")).hasSize(6);
    assertThat(url()).doesNotContain("more=");
    assertAccessible("facet paging");
  }

  WebElement moreButton() {
    return driver.findElement(By.cssSelector("button.more[data-key='more:people']"));
  }
}
