package io.facetwire.solr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ResourceLoader;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The terms Solr indexes into {@code body_terms} for an article, computed outside Solr: the words
 * and word pairs a distinctive-words answer counts in a sample of articles it has fetched, without
 * asking Solr to un-invert the field (which, over a million articles, took longer than any request
 * may). The analysis chain and the body's character limit are read from {@code schema.xml} itself
 * (the {@code text_terms} field type, the {@code body -> body_terms} copyField's {@code maxChars}),
 * so schema.xml stays the one place that defines them; {@code TermsAnalysisIT} indexes articles and
 * checks that Solr's terms and these are the same.
 *
 * <p>Thread-safe: Lucene's analyzers keep one token stream per thread.
 */
public final class TermsAnalysis {
  private static final String FIELD_TYPE = "text_terms";
  private static final TermsAnalysis INSTANCE = fromSchema();
  private final Analyzer analyzer;
  private final int bodyChars;

  private TermsAnalysis(Analyzer analyzer, int bodyChars) {
    this.analyzer = analyzer;
    this.bodyChars = bodyChars;
  }

  /** The analysis of the configset in this jar. */
  public static TermsAnalysis get() {
    return INSTANCE;
  }

  /**
   * The analysis steps after the tokenizer, in order: for a test that the substitution happened.
   */
  List<TokenFilterFactory> filters() {
    return ((CustomAnalyzer) analyzer).getTokenFilterFactories();
  }

  /** How many characters of the body Solr copies into {@code body_terms}. */
  public int bodyChars() {
    return bodyChars;
  }

  /**
   * The distinct terms of an article, as Solr indexes them: the title's and those of the body's
   * first {@link #bodyChars()} characters (two values of the field; no word pair spans them).
   */
  public Set<String> terms(String title, String body) {
    Set<String> out = new LinkedHashSet<>();
    add(title, out);
    add(body == null || body.length() <= bodyChars ? body : body.substring(0, bodyChars), out);
    return out;
  }

  private void add(String text, Set<String> out) {
    if (text == null || text.isEmpty()) return;
    try (TokenStream ts = analyzer.tokenStream(ArticleFields.BODY_TERMS, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String reader does not fail
    }
  }

  private static TermsAnalysis fromSchema() {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element schema =
          factory
              .newDocumentBuilder()
              .parse(
                  new ByteArrayInputStream(
                      Configset.read("schema.xml").getBytes(StandardCharsets.UTF_8)))
              .getDocumentElement();
      return new TermsAnalysis(analyzer(fieldType(schema)), bodyChars(schema));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the " + FIELD_TYPE + " analysis", e);
    }
  }

  private static Element fieldType(Element schema) {
    NodeList types = schema.getElementsByTagName("fieldType");
    for (int i = 0; i < types.getLength(); i++) {
      Element t = (Element) types.item(i);
      if (FIELD_TYPE.equals(t.getAttribute("name"))) return t;
    }
    throw new IllegalStateException("schema.xml has no field type " + FIELD_TYPE);
  }

  /** The copyField limit from body to body_terms; the whole body when none is set. */
  private static int bodyChars(Element schema) {
    NodeList copies = schema.getElementsByTagName("copyField");
    for (int i = 0; i < copies.getLength(); i++) {
      Element c = (Element) copies.item(i);
      if (ArticleFields.BODY.equals(c.getAttribute("source"))
          && ArticleFields.BODY_TERMS.equals(c.getAttribute("dest")))
        return c.hasAttribute("maxChars")
            ? Integer.parseInt(c.getAttribute("maxChars"))
            : Integer.MAX_VALUE;
    }
    throw new IllegalStateException("schema.xml does not copy body into body_terms");
  }

  /**
   * The field type's one analyzer as Lucene's {@link CustomAnalyzer}: Solr's schema names its
   * tokenizer and filters by the same SPI names, and their other attributes are the factories'
   * arguments. The one step that empties tokens with a number or the shingles' filler is run by
   * {@link NumbersAndFillersFilterFactory}, which does the same without a regular expression.
   */
  private static Analyzer analyzer(Element type) throws IOException {
    CustomAnalyzer.Builder b = CustomAnalyzer.builder(new ConfigsetLoader());
    Element analyzer = indexAnalyzer(type);
    for (Node n = analyzer.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) continue;
      String name = e.getAttribute("name");
      Map<String, String> args = arguments(e);
      switch (e.getTagName()) {
        case "tokenizer" -> b.withTokenizer(name, args);
        case "filter" -> {
          if (NumbersAndFillersFilterFactory.replaces(name, args))
            b.addTokenFilter(NumbersAndFillersFilterFactory.class, new HashMap<>());
          else b.addTokenFilter(name, args);
        }
        case "charFilter" -> b.addCharFilter(name, args);
        default -> throw new IllegalStateException("Unknown analysis step " + e.getTagName());
      }
    }
    return b.build();
  }

  /** The analyzer Solr indexes with: the one of {@code type="index"}, or the only one. */
  private static Element indexAnalyzer(Element type) {
    NodeList analyzers = type.getElementsByTagName("analyzer");
    for (int i = 0; i < analyzers.getLength(); i++) {
      Element a = (Element) analyzers.item(i);
      if ("index".equals(a.getAttribute("type"))) return a;
    }
    return (Element) analyzers.item(0);
  }

  private static Map<String, String> arguments(Element e) {
    Map<String, String> args = new HashMap<>();
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      if (!"name".equals(a.getNodeName())) args.put(a.getNodeName(), a.getNodeValue());
    }
    return args;
  }

  /** Reads word lists (stop words) from the configset, as Solr reads them from its conf dir. */
  private static final class ConfigsetLoader implements ResourceLoader {
    @Override
    public InputStream openResource(String resource) {
      return new ByteArrayInputStream(Configset.read(resource).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
      try {
        return Class.forName(cname, true, TermsAnalysis.class.getClassLoader())
            .asSubclass(expectedType);
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException("Cannot load " + cname, e);
      }
    }
  }
}
