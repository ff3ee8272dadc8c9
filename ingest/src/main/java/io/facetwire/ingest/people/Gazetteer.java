package io.facetwire.ingest.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Curated knowledge that beats the rules: people with their aliases, and names that look like
 * people but are not. A researcher edits a tab-separated file (format in the built-in {@code
 * not-people.tsv}) and passes it with {@code --gazetteer}; its entries are read after the built-in
 * ones and win.
 */
public final class Gazetteer {
  private final Map<String, String> canonical;

  /** key -> the entry as written. */
  private final Map<String, String> notPeople;

  private Gazetteer(Map<String, String> canonical, Map<String, String> notPeople) {
    this.canonical = Map.copyOf(canonical);
    this.notPeople = Map.copyOf(notPeople);
  }

  public static Gazetteer empty() {
    return new Gazetteer(Map.of(), Map.of());
  }

  /** The shipped list of firms and brands named like people ("Merrill Lynch", "Dean Witter"). */
  public static Gazetteer builtIn() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("not-people.tsv")) {
      if (in == null)
        throw new IllegalStateException("Gazetteer missing from the jar: not-people.tsv");
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "not-people.tsv", empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The built-in entries overridden by a researcher's file; a malformed line names file and line.
   */
  public static Gazetteer load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString(), builtIn());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read gazetteer " + file + ": " + e.getMessage(), e);
    }
  }

  private static Gazetteer parse(Reader reader, String name, Gazetteer base) throws IOException {
    Map<String, String> canonical = new HashMap<>(base.canonical);
    Map<String, String> notPeople = new HashMap<>(base.notPeople);
    BufferedReader lines = new BufferedReader(reader);
    String line;
    for (int no = 1; (line = lines.readLine()) != null; no++) {
      if (line.isBlank() || line.strip().startsWith("#")) continue;
      String[] cols = line.split("\t");
      String kind = cols[0].strip();
      String entry = cols.length > 1 ? cols[1].strip() : "";
      if (entry.isEmpty() || !(kind.equals("person") || kind.equals("not-person"))) {
        throw new IllegalArgumentException(
            name
                + " line "
                + no
                + ": expected 'person<TAB>Name[<TAB>alias|alias]' or 'not-person<TAB>Name', got '"
                + line
                + "'");
      }
      if (kind.equals("not-person")) {
        notPeople.put(Lexicon.key(entry), entry);
        canonical.remove(Lexicon.key(entry));
        continue;
      }
      notPeople.remove(Lexicon.key(entry));
      canonical.put(Lexicon.key(entry), entry);
      if (cols.length > 2) {
        for (String alias : cols[2].split("\\|")) {
          if (!alias.isBlank()) canonical.put(Lexicon.key(alias.strip()), entry);
        }
      }
    }
    return new Gazetteer(canonical, notPeople);
  }

  /** The canonical name for a name or alias the gazetteer lists. */
  public Optional<String> canonical(String name) {
    return Optional.ofNullable(canonical.get(Lexicon.key(name)));
  }

  /** Whether the name, or the start of it ("Merrill Lynch Capital"), is listed as not a person. */
  public boolean notPerson(String name) {
    return notPersonEntry(name).isPresent();
  }

  /**
   * The listed not-person entry the name is or starts with ("Merrill Lynch" of "Merrill Lynch
   * Capital"), as written.
   */
  public Optional<String> notPersonEntry(String name) {
    String key = Lexicon.key(name);
    if (notPeople.containsKey(key)) return Optional.of(notPeople.get(key));
    for (int sp = key.lastIndexOf(' '); sp > 0; sp = key.lastIndexOf(' ', sp - 1)) {
      String entry = notPeople.get(key.substring(0, sp));
      if (entry != null) return Optional.of(entry);
    }
    return Optional.empty();
  }

  /** The canonical names it lists, so corpus resolution can prefer them. */
  public Set<String> people() {
    return Set.copyOf(canonical.values());
  }
}
