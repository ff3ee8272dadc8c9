package io.facetwire.indexer.cli;

import io.facetwire.ingest.people.PersonResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 of extracted people and topics against hand labels. People are scored
 * twice: exact full-name match, and surname-lenient (a predicted name counts when its last word is
 * a labelled person's last word), which separates "found the person" from "wrote the name right".
 */
final class Evaluation {
  /** Gold and predicted values for one labelled article. */
  record Case(
      String file,
      Set<String> goldPeople,
      Set<String> predictedPeople,
      Set<String> goldTopics,
      Set<String> predictedTopics) {}

  /** Counts behind one score line. */
  record Score(int truePositives, int predicted, int gold) {
    double precision() {
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
      return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String line(String label) {
      return String.format(
          Locale.ROOT,
          "%-34s P=%.3f R=%.3f F1=%.3f  (tp=%d predicted=%d gold=%d)",
          label,
          precision(),
          recall(),
          f1(),
          truePositives,
          predicted,
          gold);
    }
  }

  private final List<Case> cases = new ArrayList<>();

  void add(Case c) {
    cases.add(c);
  }

  List<Case> cases() {
    return cases;
  }

  Score peopleExact() {
    int tp = 0, predicted = 0, gold = 0;
    for (Case c : cases) {
      predicted += c.predictedPeople().size();
      gold += c.goldPeople().size();
      for (String p : c.predictedPeople()) if (c.goldPeople().contains(p)) tp++;
    }
    return new Score(tp, predicted, gold);
  }

  /**
   * Surname-lenient: precision counts predictions whose surname is labelled, recall labels whose
   * surname was predicted.
   */
  Score peopleLenient() {
    int tpPredicted = 0, tpGold = 0, predicted = 0, gold = 0;
    for (Case c : cases) {
      Set<String> goldSurnames = surnames(c.goldPeople());
      Set<String> predictedSurnames = surnames(c.predictedPeople());
      predicted += c.predictedPeople().size();
      gold += c.goldPeople().size();
      for (String p : c.predictedPeople()) if (goldSurnames.contains(surname(p))) tpPredicted++;
      for (String g : c.goldPeople()) if (predictedSurnames.contains(surname(g))) tpGold++;
    }
    // Both directions can differ ("Li Ka-Shing" vs "Ka-Shing"); report the smaller so it never
    // flatters.
    return new Score(Math.min(tpPredicted, tpGold), predicted, gold);
  }

  /** One score per topic that any case has gold labels for. */
  Map<String, Score> topics(Set<String> labelled) {
    Map<String, Score> out = new TreeMap<>();
    for (String topic : labelled) {
      int tp = 0, predicted = 0, gold = 0;
      for (Case c : cases) {
        boolean g = c.goldTopics().contains(topic);
        boolean p = c.predictedTopics().contains(topic);
        if (g) gold++;
        if (p) predicted++;
        if (g && p) tp++;
      }
      out.put(topic, new Score(tp, predicted, gold));
    }
    return out;
  }

  private static Set<String> surnames(Set<String> names) {
    Set<String> out = new HashSet<>();
    for (String n : names) out.add(surname(n));
    return out;
  }

  /**
   * The last word, lower case, without "Jr"/"Sr" or an Arabic article joined by a hyphen: "Omar
   * al-Bashir" and a lone "Bashir" share a surname, as the extractor's people keys say ({@link
   * PersonResolver#surnameKey}; round 17: before, a labelled "Bashir" beside "Omar al-Bashir"
   * counted as a second person).
   */
  private static String surname(String name) {
    String[] w = name.replaceAll("(?i),?\\s+(jr|sr)\\.?$", "").split(" ");
    return PersonResolver.surnameKey(w[w.length - 1].toLowerCase(Locale.ROOT));
  }
}
