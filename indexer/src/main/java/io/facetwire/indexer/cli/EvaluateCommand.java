package io.facetwire.indexer.cli;

import io.facetwire.ingest.extract.BadInputException;
import io.facetwire.ingest.extract.RawArticle;
import io.facetwire.ingest.people.Gazetteer;
import io.facetwire.ingest.people.Mentions;
import io.facetwire.ingest.people.PersonExtractor;
import io.facetwire.ingest.people.PersonResolver;
import io.facetwire.ingest.read.FormatReader;
import io.facetwire.ingest.read.InputDoc;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.ingest.read.Records;
import io.facetwire.ingest.topics.TopicTagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Measure people and topic extraction against hand labels; prints precision, recall and F1.",
      "Labels: JSON object, file name -> {\"people\": [full names], \"topics\": [taxonomy ids],",
      "\"reuters_topics\": [codes mapped with --topic-map]}. Files without labels are ignored.",
      "Or --conll FILE: a CoNLL-style named-entity corpus; people and organisations are scored per",
      "document and per mention."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Labelled article files or directories (with --labels).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--labels", paramLabel = "FILE", description = "The labels JSON file.")
  Path labels;

  @Option(
      names = "--conll",
      paramLabel = "FILE",
      description =
          "A CoNLL-style corpus (repeatable): token and tag "
              + "columns, blank line between sentences.")
  List<Path> conll = new ArrayList<>();

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      description =
          "Which documents to score: ${COMPLETION-CANDIDATES}; "
              + "fixed by a hash of the document id (default: ${DEFAULT-VALUE}).")
  NerEvaluation.Split split = NerEvaluation.Split.ALL;

  @Option(
      names = "--doc-sentences",
      paramLabel = "N",
      description =
          "For a corpus without document marks, "
              + "N consecutive sentences make a document (default: ${DEFAULT-VALUE}).")
  int docSentences = 10;

  @Mixin RuleFiles.People gazetteer;

  @Mixin RuleFiles.Topics taxonomy;

  @Option(
      names = "--topic-map",
      paramLabel = "CODE=TOPIC",
      split = ",",
      description = "Labelled topic codes that mean a taxonomy topic (default: ${DEFAULT-VALUE}).")
  Map<String, String> topicMap = new HashMap<>(Map.of("crude", "energy", "acq", "mergers"));

  @Option(
      names = "--rules-only",
      description =
          "Leave out the statistical name finder (names-en.bin) that indexing runs beside the rules.")
  boolean rulesOnly;

  @Option(
      names = {"-v", "--verbose"},
      description = "List every miss and false alarm per file.")
  boolean verbose;

  private final FormatReader reader = new FormatReader();

  @Override
  public Integer call() {
    PrintStream out = System.out;
    try {
      if ((labels == null) == conll.isEmpty()) {
        System.err.println("error: give either --labels FILE with article paths, or --conll FILE");
        return ExitCodes.USAGE;
      }
      Gazetteer g = gazetteer.load();
      if (!conll.isEmpty()) return evaluateConll(g, out);
      if (paths.isEmpty()) {
        System.err.println("error: --labels needs the labelled article files or directories");
        return ExitCodes.USAGE;
      }
      JsonNode gold = new ObjectMapper().readTree(Files.readAllBytes(labels));
      if (gold == null || !gold.isObject())
        throw new IllegalArgumentException(labels + " is not a JSON object");
      TopicTagger tagger = new TopicTagger(taxonomy.load());
      Evaluation eval =
          evaluate(gold, new PersonExtractor(g, !rulesOnly), new PersonResolver(g), tagger);
      if (eval.cases().isEmpty()) {
        System.err.println("error: no file under " + paths + " has labels in " + labels);
        return 1;
      }
      print(eval, out);
      return 0;
    } catch (IOException | IllegalArgumentException | JacksonException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private int evaluateConll(Gazetteer g, PrintStream out) throws IOException {
    PersonExtractor extractor = new PersonExtractor(g, !rulesOnly);
    for (LabelledCorpora.Corpus corpus : LabelledCorpora.read(conll, split, docSentences)) {
      NerEvaluation.Result r =
          new NerEvaluation(verbose ? out : null)
              .score(corpus.docs(), extractor, new PersonResolver(g));
      out.printf(
          "%s, split %s: %d documents%n",
          corpus.dataset(), split.name().toLowerCase(Locale.ROOT), r.docs());
      out.println(r.peopleExact().line("people (exact full name)"));
      out.println(r.peopleLenient().line("people (surname-lenient)"));
      out.println(r.peopleMentions().line("people mentions"));
      out.println(r.orgs().line("orgs"));
      out.println(r.orgMentions().line("org mentions"));
    }
    return 0;
  }

  private Evaluation evaluate(
      JsonNode gold, PersonExtractor extractor, PersonResolver resolver, TopicTagger tagger)
      throws IOException {
    record Seen(String file, JsonNode labels, Mentions mentions, Set<String> topics) {}
    List<Seen> seen = new ArrayList<>();
    for (InputDoc doc : InputWalker.walk(paths).toList()) {
      String file = Path.of(doc.name()).getFileName().toString();
      if (!gold.has(file) || reader.formatOf(doc).isEmpty() || !split.contains("labels", file))
        continue;
      try (Records records = reader.read(doc)) {
        while (records.hasNext()) {
          RawArticle raw = records.next().extract();
          Mentions m = extractor.find(raw.body());
          resolver.observe(m);
          seen.add(
              new Seen(
                  file,
                  gold.get(file),
                  m,
                  new LinkedHashSet<>(tagger.topicIds(raw.title(), raw.body()))));
        }
      } catch (BadInputException e) {
        System.err.println("skipped " + file + ": " + e.getMessage());
      }
    }
    Evaluation eval = new Evaluation();
    for (Seen s : seen) {
      eval.add(
          new Evaluation.Case(
              s.file(),
              strings(s.labels().get("people")),
              new LinkedHashSet<>(resolver.resolve(s.mentions())),
              goldTopics(s.labels()),
              s.topics()));
    }
    return eval;
  }

  private Set<String> goldTopics(JsonNode labels) {
    Set<String> out = strings(labels.get("topics"));
    for (String code : strings(labels.get("reuters_topics"))) {
      if (topicMap.containsKey(code)) out.add(topicMap.get(code));
    }
    return out;
  }

  private void print(Evaluation eval, PrintStream out) {
    out.printf("%d labelled articles%n", eval.cases().size());
    out.println(eval.peopleExact().line("people (exact full name)"));
    out.println(eval.peopleLenient().line("people (surname-lenient)"));
    Set<String> labelled = new TreeSet<>(topicMap.values());
    for (Evaluation.Case c : eval.cases()) labelled.addAll(c.goldTopics());
    eval.topics(labelled).forEach((topic, score) -> out.println(score.line("topic " + topic)));
    if (!verbose) return;
    for (Evaluation.Case c : eval.cases()) {
      Set<String> missed = new TreeSet<>(c.goldPeople());
      missed.removeAll(c.predictedPeople());
      Set<String> extra = new TreeSet<>(c.predictedPeople());
      extra.removeAll(c.goldPeople());
      if (!missed.isEmpty() || !extra.isEmpty())
        out.printf("  %s people missed=%s extra=%s%n", c.file(), missed, extra);
      Set<String> topicsMissed = new TreeSet<>(c.goldTopics());
      topicsMissed.removeAll(c.predictedTopics());
      if (!topicsMissed.isEmpty() || !c.predictedTopics().isEmpty()) {
        out.printf(
            "  %s topics predicted=%s missed=%s%n", c.file(), c.predictedTopics(), topicsMissed);
      }
    }
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    if (array != null) array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
