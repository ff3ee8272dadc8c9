package io.facetwire.indexer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a CoNLL-style named-entity file into labelled documents, so the extractor can be measured
 * on the public corpora in {@code ../shared/datasets/ner} as well as on {@code labels.json}. One
 * reader for the layouts those corpora use: {@code token TAG} (WikiGold, BTC, WNUT), {@code token
 * POS TAG} (GMB) and Universal NER's {@code idx token TAG - annotator} with {@code # sent_id} /
 * {@code # text} comments. Tags may be IOB, IOB2 or IO, any case ({@code B-per}, {@code I-PER},
 * {@code B-person}).
 *
 * <p>A document is what the format marks as one: {@code -DOCSTART-} lines (WikiGold), the {@code
 * sent_id} prefix before its last dash (Universal NER: {@code n01001-0003} is document {@code
 * n01001}); formats without boundaries (GMB) are cut into groups of consecutive sentences.
 */
final class ConllCorpus {
  /** An entity span over a document's tokens, {@code [start, end)}. */
  record Span(String type, int start, int end) {}

  /** One labelled document: its tokens, the text rebuilt from them, and the entity spans. */
  record Doc(String id, List<String> tokens, String text, List<Span> spans) {}

  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(
          ".", ",", ";", ":", "!", "?", ")", "]", "}", "'s", "’s", "n't", "'", "%", "'re", "'ve",
          "'ll", "'d", "'m");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "“");

  private ConllCorpus() {}

  /**
   * The file's documents; {@code sentencesPerDoc} groups sentences when the format marks no
   * documents.
   */
  static List<Doc> read(Path file, int sentencesPerDoc) throws IOException {
    List<Doc> docs = new ArrayList<>();
    Builder doc = null;
    String docKey = null;
    int sentences = 0;
    List<String[]> sentence = new ArrayList<>();
    String sentId = null;
    String sentText = null;
    boolean marked = false;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while (true) {
        line = in.readLine();
        boolean end = line == null || line.isBlank();
        if (!end && line.startsWith("-DOCSTART-")) {
          marked = true;
          if (doc != null && !doc.tokens.isEmpty()) docs.add(doc.build());
          doc = new Builder(file, docs.size());
          continue;
        }
        if (!end && line.startsWith("#")) {
          if (line.startsWith("# sent_id = ")) sentId = line.substring(12).strip();
          if (line.startsWith("# text = ")) sentText = line.substring(9).strip();
          continue;
        }
        if (!end) {
          sentence.add(line.contains("\t") ? line.split("\t") : line.split(" "));
          continue;
        }
        if (!sentence.isEmpty()) {
          String key =
              sentId == null ? null : sentId.substring(0, Math.max(0, sentId.lastIndexOf('-')));
          boolean newDoc =
              doc == null
                  || (key != null ? !key.equals(docKey) : !marked && sentences >= sentencesPerDoc);
          if (newDoc) {
            if (doc != null && !doc.tokens.isEmpty()) docs.add(doc.build());
            doc = new Builder(file, docs.size());
            if (key != null) doc.id = key;
            sentences = 0;
          }
          docKey = key;
          doc.add(sentence, sentText);
          sentences++;
          sentence = new ArrayList<>();
          sentId = null;
          sentText = null;
        }
        if (line == null) break;
      }
    }
    if (doc != null && !doc.tokens.isEmpty()) docs.add(doc.build());
    return docs;
  }

  /**
   * PER, ORG, LOC or MISC for a tag's type ({@code per}, {@code person}, {@code corporation}), else
   * null.
   */
  static String type(String tag) {
    if (tag.equals("O") || tag.length() < 3 || tag.charAt(1) != '-') return null;
    return switch (tag.substring(2).toLowerCase(Locale.ROOT)) {
      case "per", "person" -> "PER";
      case "org", "corporation" -> "ORG";
      case "loc", "geo", "gpe", "location" -> "LOC";
      default -> "MISC";
    };
  }

  /** Joins tokens the way the text most likely read: no space before a full stop or after "(". */
  static String detokenise(List<String> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      String t = tokens.get(i);
      boolean space =
          i > from && !NO_SPACE_BEFORE.contains(t) && !NO_SPACE_AFTER.contains(tokens.get(i - 1));
      if (space) b.append(' ');
      b.append(t);
    }
    return b.toString();
  }

  private static final class Builder {
    String id;
    final List<String> tokens = new ArrayList<>();
    final List<Span> spans = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Builder(Path file, int n) {
      this.id = file.getFileName() + "#" + n;
    }

    void add(List<String[]> rows, String sentenceText) {
      int base = tokens.size();
      String open = null;
      int start = -1;
      for (int i = 0; i < rows.size(); i++) {
        String[] cols = rows.get(i);
        boolean uner = cols.length >= 4 && cols[0].matches("\\d+");
        String token = uner ? cols[1] : cols[0];
        String tag = uner ? cols[2] : cols[cols.length - 1];
        tokens.add(token);
        String type = type(tag);
        boolean begins = type != null && (tag.startsWith("B") || !type.equals(open));
        if (open != null && (type == null || begins)) {
          spans.add(new Span(open, start, base + i));
          open = null;
        }
        if (begins) {
          open = type;
          start = base + i;
        }
      }
      if (open != null) spans.add(new Span(open, start, tokens.size()));
      if (!text.isEmpty()) text.append(' ');
      text.append(sentenceText != null ? sentenceText : detokenise(tokens, base, tokens.size()));
    }

    Doc build() {
      return new Doc(id, List.copyOf(tokens), text.toString(), List.copyOf(spans));
    }
  }
}
