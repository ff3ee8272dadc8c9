package io.facetwire.bench.corpus;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes stories one after another from a {@link CorpusModel} and one seeded random source, so the
 * same seed gives byte-identical corpora. Memory is constant: only the last few originals are kept,
 * for the ~10% of stories that are syndicated copies (another outlet, small edits).
 */
final class StoryGenerator {
  static final OffsetDateTime START = OffsetDateTime.of(2016, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  static final int DAYS = 3653;
  static final double SYNDICATED = 0.10;
  private static final double IN_BURST = 0.30;
  private static final int RECENT = 256;

  private record Burst(OffsetDateTime start, TopicLexicon.Topic topic, List<String> people) {}

  private final CorpusModel model;
  private final SplittableRandom random;
  private final List<Burst> bursts = new ArrayList<>();
  private final ArrayDeque<Story> recent = new ArrayDeque<>();
  private int seq;

  StoryGenerator(CorpusModel model) {
    this.model = model;
    this.random = new SplittableRandom(model.seed);
    int count = 10 + DAYS / 120;
    for (int i = 0; i < count; i++) {
      List<TopicLexicon.Topic> topics = model.topics.topics();
      bursts.add(
          new Burst(
              START.plusMinutes(random.nextLong(DAYS * 1440L)),
              topics.get(random.nextInt(topics.size())),
              List.of(model.people.atRank(random.nextInt(20)), model.people.next(random))));
    }
  }

  Story next() {
    seq++;
    String id = String.format("syn-%07d", seq);
    Story s = !recent.isEmpty() && random.nextDouble() < SYNDICATED ? syndicate(id) : original(id);
    if (s.syndicatedFrom() == null) {
      recent.addLast(s);
      if (recent.size() > RECENT) recent.removeFirst();
    }
    return s;
  }

  private Story original(String id) {
    Burst burst = random.nextDouble() < IN_BURST ? bursts.get(random.nextInt(bursts.size())) : null;
    OffsetDateTime date =
        burst != null
            ? burst.start().plusMinutes((long) (-Math.log(1 - random.nextDouble()) * 2 * 1440))
            : uniformDate();
    List<TopicLexicon.Topic> topics = new ArrayList<>(model.topics.pick(random));
    if (burst != null && !topics.contains(burst.topic())) topics.add(0, burst.topic());
    Set<String> people = new LinkedHashSet<>();
    if (burst != null) people.addAll(burst.people());
    int mentioned = 1 + (int) (-Math.log(1 - random.nextDouble()) * 1.5);
    while (people.size() < Math.min(6, mentioned)) people.add(model.people.next(random));

    int length =
        (int) Math.max(150, Math.min(2000, Math.exp(Math.log(550) + 0.6 * random.nextGaussian())));
    List<String> topicWords = new ArrayList<>();
    for (TopicLexicon.Topic t : topics) topicWords.addAll(model.topics.wordsFor(t, random));
    List<String> paragraphs = body(length, new ArrayList<>(people), topicWords);
    String outlet = model.outlet(random);
    String title = title(topicWords, people);
    return new Story(
        id,
        url(outlet, date, id),
        outlet,
        title,
        paragraphs,
        date,
        model.people.atRank(model.people.size() - 1 - random.nextInt(300)),
        List.copyOf(people),
        topics.stream().map(TopicLexicon.Topic::label).toList(),
        null);
  }

  /** Same story in another outlet, hours later, with a retouched headline and a trimmed ending. */
  private Story syndicate(String id) {
    Story from = new ArrayList<>(recent).get(random.nextInt(recent.size()));
    String outlet = model.outlet(random);
    if (outlet.equals(from.outlet())) outlet = model.outlet(random.nextInt(model.outletCount()));
    List<String> paragraphs = new ArrayList<>(from.paragraphs());
    if (paragraphs.size() > 2 && random.nextBoolean()) paragraphs.remove(paragraphs.size() - 1);
    int edit = random.nextInt(paragraphs.size());
    paragraphs.set(
        edit,
        paragraphs
            .get(edit)
            .replaceFirst("\\. ", ", " + model.vocabulary.next(random) + " said. "));
    String title =
        random.nextBoolean()
            ? from.title()
            : from.title() + ", " + model.vocabulary.atRank(200 + random.nextInt(2000));
    OffsetDateTime date = from.published().plus(Duration.ofMinutes(random.nextInt(36 * 60)));
    return new Story(
        id,
        url(outlet, date, id),
        outlet,
        title,
        paragraphs,
        date,
        "Synthetic Wire Service",
        from.people(),
        from.topics(),
        from.id());
  }

  private OffsetDateTime uniformDate() {
    OffsetDateTime d = START.plusMinutes(random.nextLong(DAYS * 1440L));
    // Fewer stories at weekends, as in real news.
    if (d.getDayOfWeek().getValue() >= 6 && random.nextBoolean())
      d = START.plusMinutes(random.nextLong(DAYS * 1440L));
    return d;
  }

  private List<String> body(int words, List<String> people, List<String> topicWords) {
    List<String> paragraphs = new ArrayList<>();
    int written = 0;
    int person = 0;
    int topic = 0;
    while (written < words) {
      StringBuilder p = new StringBuilder();
      int sentences = 2 + random.nextInt(4);
      for (int s = 0; s < sentences && written < words; s++) {
        int n = 8 + random.nextInt(17);
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < n; i++) {
          if (i > 0) sentence.append(' ');
          sentence.append(model.vocabulary.next(random));
        }
        if (topic < topicWords.size() && random.nextInt(3) == 0)
          sentence.append(' ').append(topicWords.get(topic++));
        if (person < people.size() && random.nextInt(3) == 0) {
          sentence.append(", said ").append(people.get(person++));
        } else if (!people.isEmpty() && random.nextInt(12) == 0) {
          sentence.append(", according to ").append(people.get(random.nextInt(people.size())));
        }
        if (p.length() > 0) p.append(' ');
        p.append(People.capitalize(sentence.toString())).append('.');
        written += n;
      }
      paragraphs.add(p.toString());
    }
    // Whatever did not fit in the sentences goes into a closing paragraph, so topics and people are
    // always there.
    StringBuilder rest = new StringBuilder();
    while (topic < topicWords.size())
      rest.append("Reports on ").append(topicWords.get(topic++)).append(" continued. ");
    while (person < people.size())
      rest.append("The statement was confirmed by ").append(people.get(person++)).append(". ");
    if (rest.length() > 0) paragraphs.add(rest.toString().strip());
    return paragraphs;
  }

  private String title(List<String> topicWords, Set<String> people) {
    StringBuilder t = new StringBuilder();
    if (!people.isEmpty() && random.nextInt(3) == 0) t.append(people.iterator().next()).append(' ');
    int n = 5 + random.nextInt(7);
    for (int i = 0; i < n; i++) {
      if (t.length() > 0) t.append(' ');
      t.append(model.vocabulary.atRank(50 + random.nextInt(4000)));
    }
    if (!topicWords.isEmpty()) t.append(' ').append(topicWords.get(0));
    return People.capitalize(t.toString().strip());
  }

  private static String url(String outlet, OffsetDateTime date, String id) {
    String host = outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    return "https://"
        + host
        + ".example/"
        + date.getYear()
        + "/"
        + String.format("%02d", date.getMonthValue())
        + "/"
        + id;
  }
}
