package io.facetwire.ingest.extract;

import io.facetwire.ingest.Texts;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scraped plain text: an optional leading {@code date YYYY-MM-DD}, scraper boilerplate such
 * as "Follow us on" and image credits, a headline among the first lines when one looks like a
 * headline, then paragraphs (one per line or separated by blank lines).
 */
public final class PlainTextParser {
  private static final Pattern DATE_PREFIX =
      Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*", Pattern.CASE_INSENSITIVE);
  private static final List<Pattern> BOILERPLATE =
      List.of(
          Pattern.compile(
              "Follow us on(?:\\s+(?:Facebook|Twitter|X|Instagram|Google News|WhatsApp|Telegram)\\b[,]?)*",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile("Image Source\\s*:\\s*(?:[A-Z0-9&/.-]{2,}\\s*)+"),
          Pattern.compile(
              "(?:Photo|Image)\\s*(?:credit|courtesy)?\\s*:\\s*(?:Getty Images|Reuters|AP|AFP|File)\\b\\s*",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "^(?:Advertisement|ADVERTISEMENT|Share this article|Read more:?|Also read:?)\\s*$"));
  private static final int MAX_TITLE_WORDS = 22;

  /** Parses one text file's content. Throws {@link BadInputException} when there is no text. */
  public RawArticle parse(String text, String source) {
    String content = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!content.isEmpty() && content.charAt(0) == '\uFEFF') content = content.substring(1);
    OffsetDateTime published = null;
    Matcher dm = DATE_PREFIX.matcher(content);
    if (dm.find()) {
      published = Dates.parse(dm.group(1)).orElse(null);
      content = content.substring(dm.end());
    }
    List<String> lines = new ArrayList<>();
    for (String line : content.split("\n")) {
      String cleaned = line;
      for (Pattern p : BOILERPLATE) cleaned = p.matcher(cleaned).replaceAll(" ");
      cleaned = Texts.squash(cleaned);
      if (!cleaned.isEmpty()) lines.add(cleaned);
    }
    if (lines.isEmpty()) throw new BadInputException("no text");
    String title = null;
    for (int i = 0; i < Math.min(3, lines.size()) && title == null; i++) {
      if (looksLikeTitle(lines.get(i))) title = lines.get(i);
    }
    List<String> body = Paragraphs.distinct(lines, title);
    if (title == null) title = Paragraphs.headlineFrom(body.isEmpty() ? lines.get(0) : body.get(0));
    if (body.isEmpty()) throw new BadInputException("no body text, only a title");
    return new RawArticle(
        null, title, Paragraphs.join(body), published, null, null, "en", source, null);
  }

  /** A headline is short, has no closing sentence punctuation, and capitalises most words. */
  static boolean looksLikeTitle(String line) {
    String[] words = line.split(" ");
    if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
    char last = line.charAt(line.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == ':') return false;
    int capitalised = 0;
    int lettered = 0;
    for (String w : words) {
      int cp = w.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
      if (cp < 0) continue;
      lettered++;
      if (Character.isUpperCase(cp)) capitalised++;
    }
    return lettered > 0 && capitalised * 2 >= lettered;
  }
}
