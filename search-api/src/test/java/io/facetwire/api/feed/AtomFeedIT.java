package io.facetwire.api.feed;

import static io.facetwire.api.collections.AppClient.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.EmbeddedSolrDir;
import io.facetwire.api.collections.AppClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code /api/search.atom} read with the JDK's namespace-aware XML parser and checked against what
 * RFC 4287 requires of a feed and its entries (id, title, updated; an author; a link or content),
 * newest first, with hostile article text kept as text.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.security.api-token=" + AtomFeedIT.TOKEN,
      "facetwire.seeds.enabled=false"
    })
class AtomFeedIT {
  static final String TOKEN = "atom-test-token";
  static final String ATOM = "http://www.w3.org/2005/Atom";
  @LocalServerPort int port;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws IOException {
    EmbeddedSolrDir.register(registry, "facetwire-atom-it");
  }

  @Test
  void theFeedIsValidAtomOfTheNewestMatchesWithEscapedText() throws Exception {
    AppClient app = new AppClient(port, TOKEN);
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 55; i++) {
      lines.append(
          article(
              "ferry-" + i,
              "Ferry notice " + i,
              String.format("2025-01-%02d", Math.min(i, 28)),
              "The island ferry runs a changed timetable, notice number " + i + "."));
    }
    lines.append(
        article(
            "ferry-hostile",
            "Ferry <script>alert(1)</script> & co",
            "2025-03-01",
            "The ferry <b>company</b> & its \\\"crew\\\" said <img src=x onerror=alert(1)>."));
    lines.append(article("bus-1", "Bus timetable", "2025-04-01", "Buses run on time."));
    app.index(lines.toString());

    AppClient.Reply r = app.get("/api/search.atom?q=ferry&group=none");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/atom+xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    Element feed = doc.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(one(feed, "id"))
        .isEqualTo("http://localhost:" + port + "/api/search.atom?q=ferry&group=none");
    assertThat(URI.create(one(feed, "id")).isAbsolute()).isTrue();
    assertThat(one(feed, "title")).contains("ferry");
    Instant feedUpdated = Instant.parse(one(feed, "updated"));
    assertThat(children(feed, "author")).hasSize(1);
    assertThat(links(feed, "self"))
        .containsExactly("http://localhost:" + port + "/api/search.atom?q=ferry&group=none");

    List<Element> entries = children(feed, "entry");
    assertThat(entries).as("the newest 50 of 56 matches").hasSize(AtomFeed.ENTRIES);
    List<Instant> published = new ArrayList<>();
    for (Element e : entries) {
      assertThat(one(e, "id")).startsWith("urn:facetwire:article:");
      assertThat(one(e, "title")).isNotBlank();
      Instant updated = Instant.parse(one(e, "updated"));
      assertThat(updated).isBeforeOrEqualTo(feedUpdated);
      published.add(Instant.parse(one(e, "published")));
      assertThat(links(e, "alternate"))
          .singleElement()
          .asString()
          .startsWith("http://localhost:" + port + "/article.html?id=");
      assertThat(children(e, "summary"))
          .singleElement()
          .satisfies(s -> assertThat(s.getAttribute("type")).isEqualTo("text"));
    }
    assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
    Element first = entries.get(0);
    assertThat(one(first, "title"))
        .as("the newest match, its markup kept as text")
        .isEqualTo("Ferry <script>alert(1)</script> & co");
    assertThat(one(first, "summary")).contains("<b>company</b>").doesNotContain("<mark>");
    assertThat(r.body()).doesNotContain("<script>").doesNotContain("<mark>");
    assertThat(one(first, "published")).startsWith("2025-03-01");
  }

  @Test
  void badParametersAre400ProblemsNotFeeds() throws Exception {
    AppClient.Reply r = new AppClient(port, TOKEN).get("/api/search.atom?from=2025-13");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  @Test
  void anEmptySearchIsAValidEmptyFeed() throws Exception {
    AppClient.Reply r = new AppClient(port, TOKEN).get("/api/search.atom?q=nothingmatchesthis");
    assertThat(r.status()).isEqualTo(200);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element feed =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    assertThat(children(feed, "entry")).isEmpty();
    assertThat(one(feed, "id")).isNotBlank();
    assertThat(one(feed, "updated")).isNotBlank();
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) out.add(e);
    }
    return out;
  }

  static String one(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("exactly one atom:%s", name).hasSize(1);
    return found.get(0).getTextContent();
  }

  static List<String> links(Element parent, String rel) {
    return children(parent, "link").stream()
        .filter(l -> rel.equals(l.getAttribute("rel")))
        .map(l -> l.getAttribute("href"))
        .toList();
  }
}
