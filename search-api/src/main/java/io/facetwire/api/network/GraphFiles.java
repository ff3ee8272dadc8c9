package io.facetwire.api.network;

import java.io.OutputStream;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Graph} as GEXF 1.3 (Gephi) or GraphML (networkx, igraph, yEd) with the JDK's
 * {@link XMLStreamWriter}, which escapes markup in names; characters XML 1.0 cannot hold at all
 * (control characters) are dropped first. Both files carry the same nodes, edges and attributes as
 * the JSON answer: kind and count on nodes, count (also the weight) and relatedness on edges.
 */
final class GraphFiles {
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  static final String GEXF_NS = "http://gexf.net/1.3";
  static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

  private GraphFiles() {}

  static void gexf(Graph g, OutputStream out) throws XMLStreamException {
    XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("gexf");
    w.writeDefaultNamespace(GEXF_NS);
    w.writeAttribute("version", "1.3");
    w.writeStartElement("meta");
    element(w, "creator", "Facetwire");
    element(
        w,
        "description",
        "Co-mentions in the " + g.matches() + " articles matching '" + g.query() + "'");
    w.writeEndElement();
    w.writeStartElement("graph");
    w.writeAttribute("defaultedgetype", "undirected");
    w.writeAttribute("mode", "static");
    attributes(w, "node", new String[][] {{"kind", "string"}, {"count", "long"}});
    attributes(w, "edge", new String[][] {{"count", "long"}, {"relatedness", "double"}});
    w.writeStartElement("nodes");
    for (Graph.Node n : g.nodes()) {
      w.writeStartElement("node");
      attribute(w, "id", n.id());
      attribute(w, "label", n.label());
      w.writeStartElement("attvalues");
      attvalue(w, "kind", n.kind());
      attvalue(w, "count", Long.toString(n.count()));
      w.writeEndElement();
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement("edges");
    int i = 0;
    for (Graph.Edge e : g.edges()) {
      w.writeStartElement("edge");
      w.writeAttribute("id", Integer.toString(i++));
      attribute(w, "source", e.source());
      attribute(w, "target", e.target());
      w.writeAttribute("weight", Long.toString(e.count()));
      w.writeStartElement("attvalues");
      attvalue(w, "count", Long.toString(e.count()));
      attvalue(w, "relatedness", Double.toString(e.relatedness()));
      w.writeEndElement();
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    w.close();
  }

  static void graphml(Graph g, OutputStream out) throws XMLStreamException {
    XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("graphml");
    w.writeDefaultNamespace(GRAPHML_NS);
    key(w, "label", "node", "string");
    key(w, "kind", "node", "string");
    key(w, "count", "node", "long");
    key(w, "weight", "edge", "long");
    key(w, "relatedness", "edge", "double");
    w.writeStartElement("graph");
    w.writeAttribute("id", "co-mentions");
    w.writeAttribute("edgedefault", "undirected");
    for (Graph.Node n : g.nodes()) {
      w.writeStartElement("node");
      attribute(w, "id", n.id());
      data(w, "label", n.label());
      data(w, "kind", n.kind());
      data(w, "count", Long.toString(n.count()));
      w.writeEndElement();
    }
    for (Graph.Edge e : g.edges()) {
      w.writeStartElement("edge");
      attribute(w, "source", e.source());
      attribute(w, "target", e.target());
      data(w, "weight", Long.toString(e.count()));
      data(w, "relatedness", Double.toString(e.relatedness()));
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    w.close();
  }

  /** A GraphML key; ids are unique across nodes and edges (the edge count is the weight). */
  private static void key(XMLStreamWriter w, String name, String on, String type)
      throws XMLStreamException {
    w.writeEmptyElement("key");
    w.writeAttribute("id", name);
    w.writeAttribute("for", on);
    w.writeAttribute("attr.name", name);
    w.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
    w.writeStartElement("data");
    w.writeAttribute("key", key);
    w.writeCharacters(clean(value));
    w.writeEndElement();
  }

  private static void attributes(XMLStreamWriter w, String on, String[][] declared)
      throws XMLStreamException {
    w.writeStartElement("attributes");
    w.writeAttribute("class", on);
    for (String[] a : declared) {
      w.writeEmptyElement("attribute");
      w.writeAttribute("id", a[0]);
      w.writeAttribute("title", a[0]);
      w.writeAttribute("type", a[1]);
    }
    w.writeEndElement();
  }

  private static void attvalue(XMLStreamWriter w, String key, String value)
      throws XMLStreamException {
    w.writeEmptyElement("attvalue");
    w.writeAttribute("for", key);
    attribute(w, "value", value);
  }

  private static void element(XMLStreamWriter w, String name, String text)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(clean(text));
    w.writeEndElement();
  }

  private static void attribute(XMLStreamWriter w, String name, String value)
      throws XMLStreamException {
    w.writeAttribute(name, clean(value));
  }

  static String clean(String s) {
    return s == null ? "" : NOT_XML.matcher(s).replaceAll("");
  }
}
