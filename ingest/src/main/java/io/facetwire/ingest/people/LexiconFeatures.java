package io.facetwire.ingest.people;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Name-list features for the statistical name finder: whether a token (and its neighbours) is a
 * world given name, a surname, a title or role, an institution word or a known place. These are the
 * same lists the rules read, so the model learns how far to trust them from labelled text instead
 * of the rules' fixed thresholds. Referenced by class name from {@code name-features.xml}; OpenNLP
 * creates it by reflection, hence public.
 */
public final class LexiconFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  @Override
  public AdaptiveFeatureGenerator create() {
    return new Generator(Shared.LEXICONS);
  }

  /** Stateless: the classes of tokens i-1, i and i+1. */
  private record Generator(NameLexicons lx) implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(
        List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      for (int d = -1; d <= 1; d++) {
        int i = index + d;
        if (i < 0 || i >= tokens.length) continue;
        String at = d < 0 ? "p" : d > 0 ? "n" : "w";
        String word = tokens[i];
        String key =
            Lexicon.key(
                word.endsWith(".") && word.length() > 2
                    ? word.substring(0, word.length() - 1)
                    : word);
        if (lx.isGivenName(key)) features.add(at + "lx=given");
        if (lx.surnames.contains(key)) features.add(at + "lx=surname");
        if (lx.isRole(key)) features.add(at + "lx=role");
        if (lx.orgWords.contains(key)) features.add(at + "lx=org");
        if (lx.places.contains(word)) features.add(at + "lx=place");
      }
    }
  }

  /** One copy of the lexicons per JVM, as in {@link PersonExtractor}. */
  private static final class Shared {
    static final NameLexicons LEXICONS = new NameLexicons();
  }
}
