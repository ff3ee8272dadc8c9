package io.facetwire.ingest.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The statistical signal beside the rules: an Apache OpenNLP name finder (maximum entropy, features
 * in {@code name-features.xml}) that marks person and organisation spans. It is trained by the
 * {@code train-names} command on the corpora of {@code ../shared/datasets/ner} whose licences allow
 * shipping a model (see NOTICE), and proposes names the rules cannot see (a surname list miss, no
 * title); the extractor's lexicons still veto places, furniture and products. A finder keeps
 * per-document state, so each thread has its own.
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

  private final ThreadLocal<NameFinderME> finders;

  private NameModel(TokenNameFinderModel model) {
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
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

  /** The spans the model finds in one article's tokens, sentence by sentence, in text order. */
  List<Found> find(List<Token> toks) {
    NameFinderME finder = finders.get();
    finder.clearAdaptiveData();
    List<Found> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= toks.size(); i++) {
      boolean end =
          i == toks.size() || i - start >= MAX_SENTENCE || toks.get(i).afterHeading() && i > start;
      if (!end) {
        Token t = toks.get(i);
        if (t.kind() == Token.Kind.PUNCT && (t.is(".") || t.is("!") || t.is("?"))) {
          if (i + 1 - start > 0) find(finder, toks, start, i + 1, out);
          start = i + 1;
        }
        continue;
      }
      if (i > start) find(finder, toks, start, i, out);
      start = i;
    }
    return out;
  }

  private static void find(
      NameFinderME finder, List<Token> toks, int from, int to, List<Found> out) {
    String[] words = words(toks, from, to);
    Span[] spans = finder.find(words);
    double[] probs = finder.probs(spans);
    for (int k = 0; k < spans.length; k++) {
      out.add(
          new Found(
              spans[k].getType(), from + spans[k].getStart(), from + spans[k].getEnd(), probs[k]));
    }
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
