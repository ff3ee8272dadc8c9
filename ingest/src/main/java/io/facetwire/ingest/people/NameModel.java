package io.facetwire.ingest.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The statistical signal beside the rules: an Apache OpenNLP name finder (maximum entropy, features
 * in {@code name-features.xml}) that marks person and organisation spans. It is trained by the
 * {@code train-names} command on the corpora of {@code ../shared/datasets/ner} whose licences allow
 * shipping a model (see NOTICE), and proposes names the rules cannot see (a surname list miss, no
 * title); the extractor's lexicons still veto places, furniture and products. Decoding keeps
 * per-document state (the document's earlier decisions), so each thread has its own context
 * generator.
 */
public final class NameModel {
  /** The model shipped in the jar, rebuilt by {@code train-names}. */
  static final String RESOURCE = "names-en.bin";

  /** Longest stretch of tokens handed to the finder at once when no sentence end comes first. */
  private static final int MAX_SENTENCE = 80;

  /**
   * A span of {@code person} or {@code organization} over an article's token indices, {@code [from,
   * to)}.
   */
  record Found(String type, int from, int to, double prob) {}

  private final MaxentModel maxent;

  /** Keeps the document's earlier decisions (a feature), so each thread has its own. */
  private final ThreadLocal<NameContextGenerator> contexts;

  private final SequenceCodec<String> codec;

  private NameModel(TokenNameFinderModel model) {
    this.maxent = model.getArtifact("nameFinder.model");
    this.contexts = ThreadLocal.withInitial(() -> model.getFactory().createContextGenerator());
    this.codec = model.getFactory().createSequenceCodec();
  }

  /** The shipped model. */
  static NameModel builtIn() {
    try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null)
        throw new IllegalStateException("Name model missing from the jar: " + RESOURCE);
      return new NameModel(new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The spans the model finds around the tokens {@code worthReading} accepts (by index), in text
   * order. Each such token's run of name-like words is decoded, one word after another with the
   * best outcome that may follow the previous one; every other word of the sentence is taken as no
   * name without asking the model. The features still see the whole sentence. Reading only the
   * words the rules leave unexplained costs about a tenth of reading every word (OpenNLP's own beam
   * search over whole sentences) and finds the same people on the tune halves (docs/extraction.md).
   */
  List<Found> find(List<Token> toks, IntPredicate worthReading) {
    NameContextGenerator cg = contexts.get();
    cg.clearAdaptiveData();
    List<Found> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= toks.size(); i++) {
      boolean end =
          i == toks.size() || i - start >= MAX_SENTENCE || toks.get(i).afterHeading() && i > start;
      if (!end) {
        Token t = toks.get(i);
        if (t.kind() == Token.Kind.PUNCT && (t.is(".") || t.is("!") || t.is("?"))) {
          sentence(cg, toks, start, i + 1, worthReading, out);
          start = i + 1;
        }
        continue;
      }
      if (i > start) sentence(cg, toks, start, i, worthReading, out);
      start = i;
    }
    return out;
  }

  private void sentence(
      NameContextGenerator cg,
      List<Token> toks,
      int from,
      int to,
      IntPredicate worthReading,
      List<Found> out) {
    boolean[] read = null;
    for (int i = from; i < to; i++) {
      if (!worthReading.test(i)) continue;
      if (read == null) read = new boolean[to - from];
      int a = i;
      while (a > from && inRun(toks.get(a - 1))) a--;
      int b = i + 1;
      while (b < to && inRun(toks.get(b))) b++;
      for (int k = a; k < b; k++) read[k - from] = true;
    }
    if (read == null) return;
    String[] words = words(toks, from, to);
    String[] outcomes = new String[words.length];
    double[] probs = new double[words.length];
    for (int i = 0; i < words.length; i++) {
      if (!read[i]) {
        outcomes[i] = BioCodec.OTHER;
        continue;
      }
      double[] dist = maxent.eval(cg.getContext(i, words, outcomes, null));
      String previous = i == 0 ? BioCodec.OTHER : outcomes[i - 1];
      int best = -1;
      for (int o = 0; o < dist.length; o++) {
        if ((best < 0 || dist[o] > dist[best]) && mayFollow(maxent.getOutcome(o), previous))
          best = o;
      }
      outcomes[i] = maxent.getOutcome(best);
      probs[i] = dist[best];
    }
    for (Span s : codec.decode(Arrays.asList(outcomes))) {
      double sum = 0;
      for (int k = s.getStart(); k < s.getEnd(); k++) sum += probs[k];
      out.add(new Found(s.getType(), from + s.getStart(), from + s.getEnd(), sum / s.length()));
    }
    // The document's earlier decisions (a feature) remember only words the model decided: a word
    // it skipped is not "no name" in a later sentence that reads it.
    List<String> decidedWords = new ArrayList<>();
    List<String> decided = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (read[i]) {
        decidedWords.add(words[i]);
        decided.add(outcomes[i]);
      }
    }
    cg.updateAdaptiveData(decidedWords.toArray(String[]::new), decided.toArray(String[]::new));
  }

  /** A word a name can run through: capitalised, initials, a particle, all capitals. */
  private static boolean inRun(Token t) {
    return t.nameLike() || t.kind() == Token.Kind.UPPER;
  }

  /** A name's continuation only right after its start or another continuation (BIO). */
  private static boolean mayFollow(String outcome, String previous) {
    String cont = "-" + BioCodec.CONTINUE;
    if (!outcome.endsWith(cont)) return true;
    String type = outcome.substring(0, outcome.length() - cont.length());
    return previous.equals(type + "-" + BioCodec.START) || previous.equals(outcome);
  }

  /**
   * The words the model reads: as written, without the possessive the tokeniser already took off.
   */
  private static String[] words(List<Token> toks, int from, int to) {
    String[] words = new String[to - from];
    for (int i = from; i < to; i++) words[i - from] = toks.get(i).text();
    return words;
  }

  /**
   * Trains a model on labelled sentences (types {@code person}, {@code organization}) and writes it
   * to {@code out}.
   */
  public static void train(ObjectStream<NameSample> samples, int iterations, int cutoff, Path out)
      throws IOException {
    byte[] features;
    try (InputStream in = NameModel.class.getResourceAsStream("name-features.xml")) {
      if (in == null) throw new IllegalStateException("name-features.xml missing from the jar");
      features = in.readAllBytes();
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 2);
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(features, java.util.Map.of(), new BioCodec());
    TokenNameFinderModel model = NameFinderME.train("en", null, samples, params, factory);
    try (OutputStream o = Files.newOutputStream(out)) {
      model.serialize(o);
    }
  }
}
