package io.facetwire.indexer.cli;

import io.facetwire.indexer.cli.ConllCorpus.Doc;
import io.facetwire.indexer.cli.ConllCorpus.Span;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;

/**
 * A labelled document as the name model's training sentences, shaped like what the extractor feeds
 * it at run time: possessive {@code 's} tokens left out (the tokeniser folds them into the name),
 * sentences cut after a full stop, and person spans without their titles ("President").
 */
final class NameSamples {
  private static final int MAX_SENTENCE = 80;

  private NameSamples() {}

  static List<NameSample> of(Doc d, NerEvaluation gold) {
    List<String> words = new ArrayList<>();
    int[] at = new int[d.tokens().size() + 1];
    for (int i = 0; i < d.tokens().size(); i++) {
      at[i] = words.size();
      String t = d.tokens().get(i);
      if (!t.equals("'s") && !t.equals("’s")) words.add(t);
    }
    at[d.tokens().size()] = words.size();
    String[] types = new String[words.size()];
    int[] starts = new int[words.size()];
    java.util.Arrays.fill(starts, -1);
    for (Span s : d.spans()) {
      String type =
          s.type().equals("PER") ? "person" : s.type().equals("ORG") ? "organization" : null;
      if (type == null) continue;
      Span t = type.equals("person") ? gold.withoutTitles(d, s) : s;
      if (t == null) continue;
      int from = at[t.start()];
      int to = at[t.end()];
      if (from >= to) continue;
      starts[from] = to;
      types[from] = type;
    }
    List<NameSample> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= words.size(); i++) {
      boolean full = i - start >= MAX_SENTENCE;
      boolean stop =
          i < words.size()
              && (words.get(i).equals(".") || words.get(i).equals("!") || words.get(i).equals("?"));
      if (i < words.size() && !full && !stop) continue;
      int end = stop ? i + 1 : i;
      if (end > start) out.add(sample(words, types, starts, start, end, out.isEmpty()));
      start = end;
    }
    return out;
  }

  /** One sentence; a name that runs past its end (a cut at 80 words) is cut there too. */
  private static NameSample sample(
      List<String> words, String[] types, int[] starts, int from, int to, boolean first) {
    List<opennlp.tools.util.Span> names = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (starts[i] < 0) continue;
      names.add(new opennlp.tools.util.Span(i - from, Math.min(starts[i], to) - from, types[i]));
      i = Math.min(starts[i], to) - 1;
    }
    return new NameSample(
        words.subList(from, to).toArray(String[]::new),
        names.toArray(opennlp.tools.util.Span[]::new),
        first);
  }
}
