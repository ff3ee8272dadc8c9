package io.facetwire.indexer.cli;

import io.facetwire.ingest.extract.RawArticle;
import io.facetwire.ingest.lang.LanguageDetection;
import io.facetwire.ingest.read.FormatReader;
import io.facetwire.ingest.read.InputDoc;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.ingest.read.Records;
import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import io.facetwire.solr.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The hand-labelled topic dev set: documents named by their path under a datasets folder (a CoNLL
 * file's n-th document as {@code file#n}), each with the taxonomy topics a reader would file it
 * under. Labels name the most specific topics; their parents are added here, as the tagger adds
 * them. Tagging follows the indexer: text that is not English gets no topics.
 */
final class TopicDevSet {
  /** One labelled document, tagged. */
  record Tagged(String key, Set<String> gold, Set<String> predicted) {}

  private final JsonNode labels;
  private final Path datasets;
  private final Map<String, String> parents = new HashMap<>();
  private final FormatReader reader = new FormatReader();
  private final Map<Path, List<ConllCorpus.Doc>> conll = new HashMap<>();

  TopicDevSet(Path labelsFile, Path datasets, Taxonomy taxonomy) throws IOException {
    this.labels = new ObjectMapper().readTree(Files.readAllBytes(labelsFile));
    if (labels == null || !labels.isObject())
      throw new IllegalArgumentException(labelsFile + " is not a JSON object");
    this.datasets = datasets;
    for (Taxonomy.Topic t : taxonomy.topics())
      if (t.parent() != null) parents.put(t.id(), t.parent());
  }

  /** Every labelled document the split holds, tagged by {@code tagger}. */
  List<Tagged> tag(TopicTagger tagger, NerEvaluation.Split split) throws IOException {
    List<Tagged> out = new ArrayList<>();
    for (String key : labels.propertyNames()) {
      if (key.startsWith("_") || !split.contains("topics", key)) continue;
      RawText text = read(key);
      String lang = LanguageDetection.shared().detect(text.title(), text.body(), null);
      Set<String> predicted =
          lang != null && !Languages.ENGLISH.equals(lang)
              ? Set.of()
              : new LinkedHashSet<>(tagger.topicIds(text.title(), text.body()));
      out.add(new Tagged(key, withParents(labels.get(key).get("topics")), predicted));
    }
    return out;
  }

  /** Precision and recall per topic any of the documents is labelled with. */
  static Map<String, Evaluation.Score> scores(List<Tagged> docs) {
    Evaluation eval = new Evaluation();
    Set<String> labelled = new TreeSet<>();
    for (Tagged d : docs) {
      eval.add(new Evaluation.Case(d.key(), Set.of(), Set.of(), d.gold(), d.predicted()));
      labelled.addAll(d.gold());
    }
    return eval.topics(labelled);
  }

  private record RawText(String title, String body) {}

  private RawText read(String key) throws IOException {
    int hash = key.lastIndexOf('#');
    if (hash > 0) {
      Path file = datasets.resolve(key.substring(0, hash));
      List<ConllCorpus.Doc> docs = conll.get(file);
      if (docs == null) {
        docs = ConllCorpus.read(file, 10);
        conll.put(file, docs);
      }
      return new RawText("", docs.get(Integer.parseInt(key.substring(hash + 1))).text());
    }
    Path file = datasets.resolve(key);
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + " is not a file");
    for (InputDoc doc : InputWalker.walk(List.of(file)).toList()) {
      try (Records records = reader.read(doc)) {
        if (records.hasNext()) {
          RawArticle raw = records.next().extract();
          return new RawText(raw.title(), raw.body());
        }
      }
    }
    throw new IllegalArgumentException(file + " holds no article");
  }

  private Set<String> withParents(JsonNode topics) {
    Set<String> out = new TreeSet<>();
    if (topics == null) return out;
    for (JsonNode n : topics) {
      String t = n.asText();
      while (t != null && out.add(t)) t = parents.get(t);
    }
    return out;
  }
}
