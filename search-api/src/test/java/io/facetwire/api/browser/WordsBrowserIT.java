package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/**
 * The words features in a real browser: the distinctive-words panel adds a word to the query, the
 * network view filters by a node and says what an edge weighs, and the article page marks what a
 * copy of a story changed (the Harbour Times' copy of Whitfield's win says "slim" for "narrow" and
 * adds a sentence on turnout).
 */
class WordsBrowserIT extends BrowserTestBase {

  void awaitPanel(String id) {
    waiting()
        .withMessage(id + " panel for " + driver.getCurrentUrl())
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "return !document.getElementById('results').hasAttribute('aria-busy') && !document.getElementById(arguments[0]).hasAttribute('aria-busy')",
                        id)));
  }

  @Test
  void aDistinctiveWordAddsItselfToTheQuery() throws Exception {
    openSearch("q=harbour&group=off");
    awaitPanel("words");
    JsonNode api = api("/api/terms?q=harbour&limit=20");
    // The query's own word tops the API's list; the panel leaves it out, as it is already searched
    // for.
    assertThat(api.at("/terms/0/term").asText()).isEqualTo("harbour");
    String top = api.at("/terms/1/term").asText();
    assertThat(texts("#terms .term")).isNotEmpty().first().asString().startsWith(top);
    assertThat(driver.findElement(By.id("words")).getText())
        .contains("Distinctive words", "more frequent in these results");
    screenshot("words-panel");
    assertAccessible("search page with distinctive words");
    WebElement first = driver.findElement(By.cssSelector("#terms .term"));
    first.sendKeys(Keys.ENTER);
    awaitResults();
    String expected = top.contains(" ") ? "harbour \"" + top + "\"" : "harbour " + top;
    assertThat(url()).contains("q=" + expected + "&");
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(expected);
  }

  @Test
  void theNetworkViewDrawsTheGraphAndANodeFilters() throws Exception {
    JsonNode graph = api("/api/network?kinds=person,org&limit=40");
    assertThat(graph.path("edges")).as("the browser corpus names people together").isNotEmpty();
    openSearch("");
    driver.findElement(By.cssSelector("#network > summary")).click();
    awaitResults();
    assertThat(url()).contains("network=show");
    awaitPanel("network");
    assertThat(driver.findElements(By.cssSelector("#network-svg .node")))
        .hasSize(graph.path("nodes").size());
    assertThat(driver.findElements(By.cssSelector("#network-svg .edge")))
        .hasSize(graph.path("edges").size());
    JsonNode e = graph.path("edges").get(0);
    WebElement line = driver.findElement(By.cssSelector("#network-svg .edge"));
    assertThat(line.findElement(By.tagName("title")).getAttribute("textContent"))
        .contains(
            e.path("count").asInt()
                + (e.path("count").asInt() == 1 ? " article" : " articles")
                + " together",
            "relatedness");
    new Actions(driver).moveToElement(line.findElement(By.cssSelector(".edge-hit"))).perform();
    waiting()
        .until(d -> driver.findElement(By.id("network-detail")).getText().contains("together"));
    assertThat(texts("#co-mentions tbody tr")).hasSize(Math.min(15, graph.path("edges").size()));
    assertThat(driver.findElement(By.id("network")).getText()).contains("Relatedness (−1 to 1)");
    assertThat(driver.findElement(By.id("network-gexf")).getAttribute("href"))
        .contains("/api/network?", "format=gexf", "kinds=person%2Corg");
    String before = driver.findElement(By.id("network-svg")).getDomAttribute("viewBox");
    driver.findElement(By.id("zoom-in")).click();
    assertThat(driver.findElement(By.id("network-svg")).getDomAttribute("viewBox"))
        .isNotEqualTo(before);
    driver.findElement(By.id("zoom-reset")).click();
    screenshot("network-view");
    assertAccessible("search page with the network view");

    JsonNode node = graph.path("nodes").get(0);
    WebElement first =
        driver.findElement(
            By.cssSelector(
                "#network-svg .node[data-id='"
                    + node.path("id").asText().replace("'", "\\'")
                    + "']"));
    first.sendKeys(Keys.ENTER);
    awaitResults();
    assertThat(url()).contains(node.path("kind").asText() + "=" + node.path("label").asText());
    assertThat(url()).contains("network=show");
    awaitPanel("network");
  }

  @Test
  void theArticlePageMarksWhatACopyChanged() throws Exception {
    String id = null;
    for (JsonNode hit : api("/api/search?q=whitfield+turnout&size=5").path("results"))
      id = hit.path("id").asText();
    assertThat(id).as("the Times copy with the turnout sentence").isNotNull();
    JsonNode copies = api("/api/articles/" + id + "/copies");
    assertThat(copies.path("copies")).hasSize(3);
    openPage("/article.html?id=" + id);
    WebElement section = driver.findElement(By.id("copies"));
    assertThat(section.getText()).contains("Also published as", "this article");
    WebElement mine = section.findElement(By.cssSelector(".copy[data-id='" + id + "']"));
    assertThat(mine.getText()).contains("added", "changed");
    mine.findElement(By.cssSelector("details > summary")).click();
    assertThat(texts(".copy[data-id='" + id + "'] ins"))
        .anyMatch(t -> t.contains("slim"))
        .anyMatch(t -> t.contains("Turnout was the highest"));
    assertThat(texts(".copy[data-id='" + id + "'] del")).anyMatch(t -> t.contains("narrow"));
    js("arguments[0].scrollIntoView({block: 'end'})", mine);
    screenshot("article-copies");
    assertAccessible("article page with copies compared");
  }
}
