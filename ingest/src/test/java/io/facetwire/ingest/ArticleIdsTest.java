package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  private static String id(String url) {
    return ArticleIds.of(url, "A title", "A body of text.");
  }

  @Test
  void webAddressesKeepTheIdsTheyAlwaysHad() {
    // Ids are the keys of existing indexes: these must not move, or a re-index duplicates every
    // article.
    for (String url :
        new String[] {
          "https://www.Example.com/news/a/",
          "http://example.com/news/a?page=2",
          "HTTP://EXAMPLE.COM/news/a#comments",
          "https://example.com:443/news/a",
          "http://example.com/news/a?id=7&ref=x"
        }) {
      assertThat(ArticleIds.previousId(url, "A title", "A body of text.")).as(url).isNull();
    }
    assertThat(id("https://www.Example.com/news/a/")).isEqualTo(id("http://example.com/news/a"));
    assertThat(id("http://example.com/news/a#comments")).isEqualTo(id("http://example.com/news/a"));
  }

  @Test
  void trackingParametersAndDefaultPortsAreNotPartOfTheArticle() {
    assertThat(
            ArticleIds.normaliseUrl(
                "https://example.com:443/a?utm_source=tw&id=7&fbclid=x&gclid=y&UTM_Medium=z"))
        .isEqualTo("http://example.com/a?id=7");
    assertThat(id("https://example.com/a?utm_campaign=spring"))
        .isEqualTo(id("https://example.com/a"));
    assertThat(id("http://example.com:8080/a")).isNotEqualTo(id("http://example.com/a"));
  }

  @Test
  void opaqueUrisAreKeptWhole() {
    assertThat(id("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427"))
        .isNotEqualTo(id("urn:uuid:6fa459ea-ee8a-3ca4-894e-db77e160355e"));
    assertThat(id("tag:example.com,2024:story-1")).isNotEqualTo(id("tag:example.com,2024:story-2"));
    assertThat(id("mailto:a@example.com")).isNotEqualTo(id("mailto:b@example.com"));
    assertThat(ArticleIds.normaliseUrl("URN:uuid:ABC")).isEqualTo("urn:uuid:ABC");
  }

  @Test
  void fragmentsThatAddressContentAreKeptPlainAnchorsAreNot() {
    assertThat(id("https://app.example.com/#/story/1"))
        .isNotEqualTo(id("https://app.example.com/#/story/2"));
    assertThat(id("https://example.com/#!story-1"))
        .isNotEqualTo(id("https://example.com/#!story-2"));
    assertThat(id("https://example.com/a#top")).isEqualTo(id("https://example.com/a#section-2"));
  }

  @Test
  void urlsThatLocateNothingFallBackToTheText() {
    for (String url :
        new String[] {
          "data:text/html,<p>x</p>",
          "javascript:void(0)",
          "about:blank",
          "blob:https://example.com/1"
        }) {
      assertThat(ArticleIds.locates(url)).as(url).isFalse();
      assertThat(ArticleIds.of(url, "t", "one body"))
          .as(url)
          .isEqualTo(ArticleIds.of(null, "t", "one body"));
      assertThat(ArticleIds.of(url, "t", "one body"))
          .as(url)
          .isNotEqualTo(ArticleIds.of(url, "t", "another body"));
    }
  }

  @Test
  void theIdOlderVersionsGaveIsKnownWhereItMoved() {
    String a = "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    String b = "urn:uuid:6fa459ea-ee8a-3ca4-894e-db77e160355e";
    // Both used to be "urn://": one id for two articles.
    assertThat(ArticleIds.previousId(a, "t", "x"))
        .isNotNull()
        .isEqualTo(ArticleIds.previousId(b, "t", "y"));
    String tracked = "https://example.com/a?utm_source=x";
    assertThat(ArticleIds.previousId(tracked, "t", "x"))
        .isNotNull()
        .isNotEqualTo(ArticleIds.of(tracked, "t", "x"));
    assertThat(ArticleIds.previousId("data:,x", "t", "x"))
        .isNotEqualTo(ArticleIds.of("data:,x", "t", "x"));
  }
}
