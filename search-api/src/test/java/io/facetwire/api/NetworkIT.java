package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/network} on the {@link WordsCorpus}: the known co-mention edge with its count, and
 * GEXF and GraphML files that a real XML parser reads back into the same graph as the JSON.
 */
class NetworkIT extends WordsSupport {
  static final String ADA = "person:Ada Moreno";
  static final String BRUNO = "person:Bruno Hale";
  static final String ORG = "org:" + WordsCorpus.ODD_ORG;

  static JsonNode edge(JsonNode graph, String a, String b) {
    for (JsonNode e : graph.get("edges")) {
      if (e.get("source").asText().equals(a) && e.get("target").asText().equals(b)) return e;
      if (e.get("source").asText().equals(b) && e.get("target").asText().equals(a)) return e;
    }
    throw new AssertionError("no edge " + a + " - " + b + " in " + graph.get("edges"));
  }

  @Test
  void theKnownCoMentionsAreEdgesWithTheirCounts() throws Exception {
    JsonNode g = json("/api/network?kinds=person,org&limit=50");
    Map<String, Long> counts = new HashMap<>();
    g.get("nodes").forEach(n -> counts.put(n.get("id").asText(), n.get("count").asLong()));
    assertThat(counts).containsEntry(ADA, 30L).containsEntry(BRUNO, 20L).containsEntry(ORG, 12L);
    assertThat(g.at("/nodes/0/label").asText()).isEqualTo("Ada Moreno");
    assertThat(g.at("/nodes/0/kind").asText()).isEqualTo("person");
    JsonNode adaBruno = edge(g, ADA, BRUNO);
    assertThat(adaBruno.get("count").asLong()).isEqualTo(WordsCorpus.ADA_BRUNO);
    assertThat(adaBruno.get("source").asText())
        .as("the more mentioned node is the source")
        .isEqualTo(ADA);
    assertThat(edge(g, ADA, ORG).get("count").asLong()).isEqualTo(6); // i % 20 == 0
    assertThat(edge(g, BRUNO, ORG).get("count").asLong()).isEqualTo(4); // i % 30 == 0
    assertThat(g.get("edges")).hasSize(3);
    for (JsonNode e : g.get("edges"))
      assertThat(e.get("relatedness").asDouble()).isBetween(-1.0, 1.0);
    // Within the energy articles every one names Bruno: Ada is there exactly as often as chance has
    // it.
    JsonNode energy = json("/api/network?kinds=person&topic=" + WordsCorpus.ENERGY_TOPIC);
    assertThat(energy.get("matches").asLong()).isEqualTo(WordsCorpus.ENERGY);
    assertThat(edge(energy, ADA, BRUNO).get("count").asLong()).isEqualTo(WordsCorpus.ADA_BRUNO);
    assertThat(energy.get("nodes")).hasSize(2);
  }

  @Test
  void gexfAndGraphmlHoldTheJsonGraph() throws Exception {
    JsonNode g = json("/api/network?kinds=person,org");
    Set<String> nodes = new HashSet<>();
    g.get("nodes")
        .forEach(
            n ->
                nodes.add(
                    n.get("id").asText()
                        + "|"
                        + n.get("label").asText()
                        + "|"
                        + n.get("count").asLong()));
    Set<String> edges = new HashSet<>();
    g.get("edges")
        .forEach(
            e ->
                edges.add(
                    e.get("source").asText()
                        + "|"
                        + e.get("target").asText()
                        + "|"
                        + e.get("count").asLong()));

    Reply gexf = get("/api/network?kinds=person,org&format=gexf");
    assertThat(gexf.status()).isEqualTo(200);
    assertThat(gexf.contentType()).startsWith("application/gexf+xml");
    assertThat(gexf.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment")
        .contains(".gexf");
    Document gd = parse(gexf.text());
    assertThat(gd.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
    assertThat(gd.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
    Set<String> gexfNodes = new HashSet<>();
    for (Element n : elements(gd, "http://gexf.net/1.3", "node")) {
      gexfNodes.add(
          n.getAttribute("id") + "|" + n.getAttribute("label") + "|" + attvalue(n, "count"));
    }
    Set<String> gexfEdges = new HashSet<>();
    for (Element e : elements(gd, "http://gexf.net/1.3", "edge")) {
      gexfEdges.add(
          e.getAttribute("source")
              + "|"
              + e.getAttribute("target")
              + "|"
              + e.getAttribute("weight"));
    }
    assertThat(gexfNodes)
        .isEqualTo(nodes)
        .anyMatch(n -> n.startsWith(ORG + "|" + WordsCorpus.ODD_ORG));
    assertThat(gexfEdges).isEqualTo(edges);

    Reply graphml = get("/api/network?kinds=person,org&format=graphml");
    assertThat(graphml.contentType()).startsWith("application/graphml+xml");
    assertThat(graphml.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment")
        .contains(".graphml");
    Document md = parse(graphml.text());
    String ns = "http://graphml.graphdrawing.org/xmlns";
    Set<String> mlNodes = new HashSet<>();
    for (Element n : elements(md, ns, "node"))
      mlNodes.add(n.getAttribute("id") + "|" + data(n, "label") + "|" + data(n, "count"));
    Set<String> mlEdges = new HashSet<>();
    for (Element e : elements(md, ns, "edge"))
      mlEdges.add(
          e.getAttribute("source") + "|" + e.getAttribute("target") + "|" + data(e, "weight"));
    assertThat(mlNodes).isEqualTo(nodes);
    assertThat(mlEdges).isEqualTo(edges);
  }

  @Test
  void badParametersAreProblems() throws Exception {
    for (String bad :
        List.of(
            "kinds=person,planet",
            "kinds=outlet",
            "kinds=,",
            "format=pdf",
            "limit=1",
            "limit=101",
            "q=" + "x".repeat(1001))) {
      Reply r = get("/api/network?" + bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.contentType()).as(bad).startsWith("application/problem+json");
    }
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Document d, String ns, String name) {
    NodeList list = d.getElementsByTagNameNS(ns, name);
    return java.util.stream.IntStream.range(0, list.getLength())
        .mapToObj(i -> (Element) list.item(i))
        .toList();
  }

  static String attvalue(Element node, String key) {
    NodeList list = node.getElementsByTagNameNS("http://gexf.net/1.3", "attvalue");
    for (int i = 0; i < list.getLength(); i++) {
      Element a = (Element) list.item(i);
      if (a.getAttribute("for").equals(key)) return a.getAttribute("value");
    }
    return null;
  }

  static String data(Element owner, String key) {
    NodeList list = owner.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
    for (int i = 0; i < list.getLength(); i++) {
      Element a = (Element) list.item(i);
      if (a.getAttribute("key").equals(key)) return a.getTextContent();
    }
    return null;
  }
}
