package io.facetwire.ingest.extract;

import io.facetwire.ingest.Texts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures HTML extraction against labelled pages: folders holding {@code source.html} and {@code
 * expected-metadata.json} (title, siteName, publishedTime, excerpt; the Mozilla Readability
 * test-suite layout). Accuracy counts only pages whose expected value exists; body similarity is
 * how much of the labelled excerpt (the article's lead, or the page's description) the extracted
 * body contains, by character trigrams. Body words compare the extracted body with {@code
 * expected.html} (Readability's own extraction of the page) word for word, where a page has one.
 */
public final class HtmlEvaluation {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final String SEPARATOR = "\\s+[|\\-–—·•»:]\\s+";
  private final HtmlParser parser = new HtmlParser();

  /** One page's comparison; null fields when the label does not exist. */
  public record Page(
      String name,
      Boolean title,
      Boolean outlet,
      Boolean date,
      Boolean byline,
      Double body,
      String detail,
      BodyWords words,
      BodyWords wordsWithoutDropped) {}

  /**
   * The body's words against Readability's own extraction ({@code expected.html}), as multisets:
   * {@code common} words are in both, {@code extracted} and {@code expected} are each side's count.
   */
  public record BodyWords(long common, long extracted, long expected) {
    static final BodyWords NONE = new BodyWords(0, 0, 0);

    static BodyWords of(String expectedText, String body) {
      Map<String, Integer> want = words(expectedText);
      Map<String, Integer> got = words(body);
      long common = 0;
      for (Map.Entry<String, Integer> e : got.entrySet())
        common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
      return new BodyWords(common, total(got), total(want));
    }

    BodyWords plus(BodyWords o) {
      return new BodyWords(common + o.common, extracted + o.extracted, expected + o.expected);
    }

    public double precision() {
      return extracted == 0 ? 1 : common / (double) extracted;
    }

    public double recall() {
      return expected == 0 ? 1 : common / (double) expected;
    }

    private static long total(Map<String, Integer> m) {
      return m.values().stream().mapToLong(Integer::longValue).sum();
    }

    /**
     * Lower-case words; each Han, Hiragana or Katakana character is a word of its own (no spaces to
     * split at).
     */
    private static Map<String, Integer> words(String text) {
      Map<String, Integer> out = new HashMap<>();
      Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
      while (m.find()) out.merge(m.group(), 1, Integer::sum);
      return out;
    }
  }

  private static final Pattern WORD =
      Pattern.compile(
          "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[[\\p{L}\\p{M}\\p{N}]&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");

  /** Totals over all pages. */
  public record Summary(List<Page> pages) {
    public double titleAccuracy() {
      return rate(pages.stream().map(Page::title).toList());
    }

    public double outletAccuracy() {
      return rate(pages.stream().map(Page::outlet).toList());
    }

    public double dateAccuracy() {
      return rate(pages.stream().map(Page::date).toList());
    }

    public double bylineAccuracy() {
      return rate(pages.stream().map(Page::byline).toList());
    }

    public double bodySimilarity() {
      return pages.stream()
          .map(Page::body)
          .filter(b -> b != null)
          .mapToDouble(Double::doubleValue)
          .average()
          .orElse(0);
    }

    /**
     * Body words over all pages that have an {@code expected.html}, summed (each word counts once).
     */
    public BodyWords bodyWords() {
      return pages.stream().map(Page::words).reduce(BodyWords.NONE, BodyWords::plus);
    }

    /**
     * The prose alone (the body without its asides) against {@code expected.html} without its
     * captions and reference lists: the text people, organisations and topics are read from (photo
     * credits and cited authors are not people the page is about).
     */
    public BodyWords bodyWordsWithoutDropped() {
      return pages.stream().map(Page::wordsWithoutDropped).reduce(BodyWords.NONE, BodyWords::plus);
    }

    private static double rate(List<Boolean> values) {
      long n = values.stream().filter(v -> v != null).count();
      return n == 0 ? 1 : values.stream().filter(Boolean.TRUE::equals).count() / (double) n;
    }

    public void print(PrintStream out, boolean verbose) {
      if (verbose) {
        for (Page p : pages) {
          boolean bad =
              Boolean.FALSE.equals(p.title)
                  || Boolean.FALSE.equals(p.outlet)
                  || Boolean.FALSE.equals(p.date)
                  || Boolean.FALSE.equals(p.byline);
          boolean badWords =
              p.words.expected() > 0 && (p.words.precision() < 0.95 || p.words.recall() < 0.9);
          if (!bad && !badWords && (p.body == null || p.body >= 0.8)) continue;
          out.printf(
              "%s: %s body %s words P %.3f R %.3f%n",
              p.name, p.detail, p.body, p.words.precision(), p.words.recall());
        }
      }
      out.printf(
          "pages %d: title %.1f%%, outlet %.1f%%, date %.1f%%, byline %.1f%%, body similarity %.3f%n",
          pages.size(),
          100 * titleAccuracy(),
          100 * outletAccuracy(),
          100 * dateAccuracy(),
          100 * bylineAccuracy(),
          bodySimilarity());
      BodyWords w = bodyWords();
      long labelled = pages.stream().filter(p -> p.words.expected() > 0).count();
      out.printf(
          "body words against expected.html (%d pages): P %.3f R %.3f (%,d of %,d extracted, %,d expected)%n",
          labelled, w.precision(), w.recall(), w.common(), w.extracted(), w.expected());
      BodyWords k = bodyWordsWithoutDropped();
      out.printf(
          "  prose alone (what people, organisations and topics read) against it without captions and reference lists: P %.3f R %.3f (%,d expected)%n",
          k.precision(), k.recall(), k.expected());
    }
  }

  /**
   * Which pages to score. The split is by a CRC-32 of the folder name (even: tune, odd: held out),
   * so it is fixed, needs no list to maintain, and a page added later lands on one side for good.
   * Extraction rules are changed looking at {@code TUNE} pages only; {@code HELD_OUT} says whether
   * they generalise.
   */
  public enum Split {
    ALL,
    TUNE,
    HELD_OUT;

    boolean includes(String page) {
      if (this == ALL) return true;
      CRC32 crc = new CRC32();
      crc.update(page.getBytes(StandardCharsets.UTF_8));
      return (crc.getValue() % 2 == 0) == (this == TUNE);
    }
  }

  public Summary evaluate(Path dir) throws IOException {
    return evaluate(dir, Split.ALL);
  }

  public Summary evaluate(Path dir, Split split) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path folder : folders.sorted().toList()) {
        if (!split.includes(folder.getFileName().toString())) continue;
        Path source = folder.resolve("source.html");
        Path expected = folder.resolve("expected-metadata.json");
        if (Files.isRegularFile(source) && Files.isRegularFile(expected))
          pages.add(page(folder, source, expected));
      }
    }
    return new Summary(pages);
  }

  private Page page(Path folder, Path source, Path expectedFile) throws IOException {
    JsonNode expected;
    try {
      expected = JSON.readTree(expectedFile.toFile());
    } catch (JacksonException e) {
      throw new IOException("cannot read " + expectedFile + ": " + e.getOriginalMessage(), e);
    }
    String title = text(expected, "title");
    String site = text(expected, "siteName");
    String time = text(expected, "publishedTime");
    String excerpt = text(expected, "excerpt");
    String byline = text(expected, "byline");
    String name = folder.getFileName().toString();
    Path expectedHtml = folder.resolve("expected.html");
    Document referenceDoc =
        Files.isRegularFile(expectedHtml)
            ? Jsoup.parse(Files.readString(expectedHtml, StandardCharsets.UTF_8))
            : null;
    String reference = referenceDoc == null ? null : referenceDoc.text();
    String kept = referenceDoc == null ? null : withoutDropped(referenceDoc);
    RawArticle a;
    try {
      String html = io.facetwire.ingest.read.Decoding.decode(Files.readAllBytes(source), null);
      a = parser.parse(html, null, name);
    } catch (BadInputException e) {
      return new Page(
          name,
          title == null ? null : false,
          site == null ? null : false,
          time == null ? null : false,
          byline == null ? null : false,
          excerpt == null ? null : 0.0,
          "failed: " + e.getMessage(),
          reference == null ? BodyWords.NONE : BodyWords.of(reference, ""),
          kept == null ? BodyWords.NONE : BodyWords.of(kept, ""));
    }
    Boolean titleOk = title == null ? null : sameTitle(title, a.title());
    Boolean outletOk = site == null ? null : same(site, a.outlet());
    Boolean dateOk =
        time == null
            ? null
            : a.published() != null && time.startsWith(a.published().toLocalDate().toString());
    Double body = excerpt == null ? null : containment(excerpt, a.body());
    Boolean bylineOk =
        byline == null
            ? null
            : a.byline() != null
                && (same(byline, a.byline())
                    || Texts.fingerprintForm(a.byline())
                        .contains(Texts.fingerprintForm(Bylines.clean(byline))));
    String detail =
        String.format(
            "title %s [%s] outlet %s [%s] date %s [%s] byline %s [%s]",
            a.title(), title, a.outlet(), site, a.published(), time, a.byline(), byline);
    BodyWords words = reference == null ? BodyWords.NONE : BodyWords.of(reference, a.indexedBody());
    BodyWords keptWords = kept == null ? BodyWords.NONE : BodyWords.of(kept, a.body());
    return new Page(name, titleOk, outletOk, dateOk, bylineOk, body, detail, words, keptWords);
  }

  /**
   * Readability's extraction less what the body leaves out by design: captions and reference lists
   * (Readability drops class names, so a reference list is an {@code ol} of {@code cite_note}
   * items, as MediaWiki numbers them).
   */
  static String withoutDropped(Document reference) {
    Document copy = reference.clone();
    copy.select("figcaption, ol:has(> li[id^=cite_note])").remove();
    return copy.text();
  }

  /**
   * Titles match when equal, or when the label still carries a " | Site" or " - Author" part that
   * we strip on purpose (the labels keep whatever the page's title tag said).
   */
  static boolean sameTitle(String expected, String actual) {
    if (same(expected, actual)) return true;
    String[] parts = Texts.squash(expected).split(SEPARATOR);
    if (parts.length < 2 || actual == null) return false;
    String withoutLast = String.join(" ", Arrays.copyOf(parts, parts.length - 1));
    String withoutFirst = String.join(" ", Arrays.copyOfRange(parts, 1, parts.length));
    return same(withoutLast, actual) || same(withoutFirst, actual);
  }

  private static boolean same(String expected, String actual) {
    return actual != null && Texts.fingerprintForm(expected).equals(Texts.fingerprintForm(actual));
  }

  /**
   * The share of the excerpt's character trigrams that occur in the body: language-neutral (Chinese
   * and Japanese have no spaces to split words at) and forgiving of punctuation and typography.
   */
  static double containment(String excerpt, String body) {
    Set<String> inBody = trigrams(Texts.fingerprintForm(body));
    Set<String> wanted = trigrams(Texts.fingerprintForm(excerpt));
    if (wanted.isEmpty()) return 1;
    return wanted.stream().filter(inBody::contains).count() / (double) wanted.size();
  }

  private static Set<String> trigrams(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 <= s.length(); i++) out.add(s.substring(i, i + 3));
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
