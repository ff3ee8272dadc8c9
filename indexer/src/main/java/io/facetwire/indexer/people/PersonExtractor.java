package io.facetwire.indexer.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people named in an article, in full-name form. A capitalised name sequence counts as a
 * person when its first word is a known given name or when a title or role cue ("President",
 * "Secretary of State", "Mr.") introduces it; organisation and place words veto it. A later lone
 * surname resolves to the full name mentioned earlier in the same article.
 */
public final class PersonExtractor {
  private static final String NAME_WORD = "(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)";
  private static final Pattern CANDIDATE = Pattern.compile(
      "\\b(" + NAME_WORD + "(?:\\s+(?:de|da|van|von|der|bin|al|el|la|le|di|du|del)?\\s*" + NAME_WORD + "){1,7})\\b");
  private static final Pattern CUE_BEFORE = Pattern.compile(
      "(?i)(?:president|secretary of state|secretary|minister|prime minister|senator|sen\\.|rep\\.|gov\\.|governor|mayor|"
          + "mr\\.?|mrs\\.?|ms\\.?|dr\\.?|judge|general|gen\\.|chairman|chairwoman|chief executive|ceo|spokesman|"
          + "spokeswoman|spokesperson|ambassador|king|queen|prince|princess|pope|sheikh|leader|director|professor|"
          + "prof\\.|officer|lawyer|attorney general|chancellor|commissioner|adviser|advisor|envoy)\\s*$");
  private static final Set<String> TITLES = Set.of("President", "Secretary", "State", "Minister", "Prime", "Senator",
      "Sen.", "Rep.", "Gov.", "Governor", "Mayor", "Mr.", "Mrs.", "Ms.", "Dr.", "Judge", "General", "Gen.",
      "Chairman", "Chairwoman", "Chief", "Executive", "Ambassador", "King", "Queen", "Prince", "Princess", "Pope",
      "Sheikh", "Leader", "Director", "Professor", "Prof.", "Chancellor", "Commissioner", "Vice", "Deputy", "Former",
      "U.S.", "US", "Salvadoran", "American", "British", "French", "German", "Foreign", "Defense", "Defence", "Finance",
      "Interior", "Attorney", "Of", "The", "Mr", "Mrs", "Ms", "Dr", "Saint", "St.", "Lord", "Lady", "Sir", "Dame");
  private final Set<String> givenNames;
  private final Set<String> vetoWords;

  public PersonExtractor() {
    this.givenNames = lexicon("given-names.txt");
    this.vetoWords = lexicon("not-name-words.txt");
  }

  public List<String> extract(String title, String body) {
    String text = (title == null ? "" : title + ".\n") + (body == null ? "" : body);
    Map<String, Integer> full = new LinkedHashMap<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      int start = m.start(1);
      boolean cued = CUE_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find();
      List<String> segment = new ArrayList<>();
      for (String word : m.group(1).split("\\s+")) {
        boolean possessive = word.endsWith("'s") || word.endsWith("’s");
        String w = possessive ? word.substring(0, word.length() - 2) : word;
        if (TITLES.contains(w)) {
          consider(segment, cued, full);
          segment.clear();
          cued = true;
          continue;
        }
        segment.add(w);
        if (possessive) {
          consider(segment, cued, full);
          segment.clear();
          cued = false;
        }
      }
      consider(segment, cued, full);
    }
    return resolve(full);
  }

  private void consider(List<String> segment, boolean cued, Map<String, Integer> found) {
    List<String> words = new ArrayList<>(segment);
    while (!words.isEmpty() && words.get(words.size() - 1).length() == 2 && words.get(words.size() - 1).endsWith(".")) {
      words.remove(words.size() - 1);
    }
    if (words.size() < 2 || words.size() > 4) return;
    if (words.stream().anyMatch(w -> vetoWords.contains(w.toLowerCase(Locale.ROOT)))) return;
    boolean known = givenNames.contains(words.get(0).toLowerCase(Locale.ROOT));
    if (known || cued) found.merge(String.join(" ", words), 1, Integer::sum);
  }

  /** Drops names that are a shorter form of another name found in the same article. */
  private static List<String> resolve(Map<String, Integer> names) {
    Set<String> out = new HashSet<>();
    List<String> ordered = new ArrayList<>();
    for (String name : names.keySet()) {
      boolean shorter = names.keySet().stream().anyMatch(o -> !o.equals(name) && o.endsWith(" " + name.substring(name.indexOf(' ') + 1))
          && o.length() > name.length() && o.startsWith(name.substring(0, 1)));
      if (!shorter && out.add(name)) ordered.add(name);
    }
    return ordered;
  }

  private static Set<String> lexicon(String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = PersonExtractor.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("Lexicon missing from the jar: " + name);
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
