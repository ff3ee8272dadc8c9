package io.facetwire.api.query;

import static io.facetwire.solr.ArticleFields.BODY;
import static io.facetwire.solr.ArticleFields.TITLE;

import io.facetwire.solr.Languages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The title and body fields a query searches and the highlighter marks: {@code title} and {@code
 * body} always (every article keeps its text there, analysed as English), and the copies of only
 * those languages that can match. Each field named in {@code qf} costs Solr its own analysis and
 * term lookups for every query word even when it holds nothing, and the highlighter one pass per
 * field and hit; naming the 20 empty copies of an English-only index made every search slower
 * (issue 19), so an English index searches exactly the fields it did before languages.
 *
 * @param suffixes the language copies to include ({@code es}, {@code neutral}), in the order of
 *     {@link Languages#allFields}
 */
record TextFields(List<String> suffixes) {
  /** Every language's copy: what a query searches when nothing tells which languages are there. */
  static final TextFields ALL = of(Languages.ANALYSED, true);

  TextFields {
    suffixes = List.copyOf(suffixes);
  }

  /**
   * The copies that articles in these languages (ISO 639-1 codes as the {@code lang} field holds
   * them) have; {@code neutral} also when articles without a detected language are there.
   */
  static TextFields forLanguages(Collection<String> langs, boolean undetected) {
    List<String> suffixes = new ArrayList<>();
    for (String l : langs) {
      String suffix = Languages.suffix(l);
      if (suffix != null && !suffix.equals(Languages.NEUTRAL)) suffixes.add(suffix);
    }
    boolean neutral =
        undetected || langs.stream().anyMatch(l -> Languages.NEUTRAL.equals(Languages.suffix(l)));
    return of(suffixes, neutral);
  }

  private static TextFields of(Collection<String> analysed, boolean neutral) {
    List<String> out = new ArrayList<>();
    for (String l : Languages.ANALYSED) if (analysed.contains(l)) out.add(l);
    if (neutral) out.add(Languages.NEUTRAL);
    return new TextFields(out);
  }

  /** {@code title}, then each included copy of it; likewise for {@code body}. */
  List<String> fields(String base) {
    List<String> out = new ArrayList<>(suffixes.size() + 1);
    out.add(base);
    for (String s : suffixes) out.add(base + "_" + s);
    return out;
  }

  /** edismax {@code qf}: titles weigh three times the bodies. */
  String qf() {
    return fields(TITLE).stream().map(f -> f + "^3").collect(Collectors.joining(" "))
        + " "
        + String.join(" ", fields(BODY));
  }

  /**
   * The fields named in a {@code qf} (boosts dropped): the highlighter marks what the query
   * searched.
   */
  static List<String> inQf(String qf) {
    List<String> out = new ArrayList<>();
    for (String f : qf.trim().split("\\s+")) {
      int boost = f.indexOf('^');
      out.add(boost < 0 ? f : f.substring(0, boost));
    }
    return out;
  }
}
