package io.facetwire.ingest;

import io.facetwire.ingest.extract.RawArticle;
import io.facetwire.ingest.lang.LanguageDetection;
import io.facetwire.ingest.people.Gazetteer;
import io.facetwire.ingest.people.Mentions;
import io.facetwire.ingest.people.PersonExtractor;
import io.facetwire.ingest.people.PersonResolver;
import io.facetwire.ingest.stories.MinHash;
import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import io.facetwire.solr.Languages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a parser found into the enriched stage ({@link Enriched}: stable id, language, people,
 * organisations, places, topics, story band keys), then a batch of those into the resolved stage
 * ({@link Resolved}). {@link #enrich} is thread-safe, so the pipeline shares one enricher across
 * workers; its {@link PersonResolver} learns the run's names batch by batch in {@link
 * #resolvePeople}, so use one enricher per run.
 */
public final class ArticleEnricher {
  private static final Mentions NO_MENTIONS =
      new Mentions(List.of(), List.of(), List.of(), List.of());
  private final PersonExtractor people;
  private final TopicTagger topics;
  private final PersonResolver resolver;

  public ArticleEnricher(PersonExtractor people, TopicTagger topics) {
    this(people, topics, new PersonResolver(Gazetteer.builtIn()));
  }

  public ArticleEnricher(PersonExtractor people, TopicTagger topics, PersonResolver resolver) {
    this.people = people;
    this.topics = topics;
    this.resolver = resolver;
  }

  /**
   * An enricher with a researcher's gazetteer and taxonomy (either may be null for the built-in
   * one), what the CLI's {@code --gazetteer} and {@code --taxonomy} options build. Bad files throw
   * {@link IllegalArgumentException} naming the file and the problem.
   */
  public static ArticleEnricher configured(Path gazetteerFile, Path taxonomyFile) {
    Gazetteer gazetteer =
        gazetteerFile == null ? Gazetteer.builtIn() : Gazetteer.load(gazetteerFile);
    Taxonomy taxonomy = taxonomyFile == null ? Taxonomy.builtIn() : Taxonomy.load(taxonomyFile);
    return new ArticleEnricher(
        new PersonExtractor(gazetteer), new TopicTagger(taxonomy), new PersonResolver(gazetteer));
  }

  /** The run's resolver, which the CLI seeds from and saves to the index's alias table. */
  public PersonResolver resolver() {
    return resolver;
  }

  /**
   * The enriched stage of one extracted article, each part computed once: id, language, mentions
   * and topics (English text only: the rules read English, on other text they only guess), and the
   * MinHash band keys of its body.
   */
  public Enriched enrich(RawArticle raw) {
    String lang = LanguageDetection.shared().detect(raw.title(), raw.body(), raw.lang());
    String id = ArticleIds.of(raw.url(), raw.title(), raw.body());
    List<String> bands = MinHash.bands(raw.body());
    if (lang != null && !Languages.ENGLISH.equals(lang))
      return new Enriched(id, raw, lang, NO_MENTIONS, List.of(), bands);
    return new Enriched(
        id, raw, lang, people.find(raw.body()), topics.tag(raw.title(), raw.body()), bands);
  }

  /**
   * The corpus-level step, for the pipeline to call on each batch, in input order, after {@link
   * #enrich} (and before writing): the resolver first learns the batch's names, then variants
   * become the run's canonical form ("Donald J. Trump" -> "Donald Trump") and a titled lone surname
   * ("President Trump") the one full name the run has for it. Learning here on one thread, not
   * inside {@code enrich} on the workers, makes the result independent of which worker finished
   * first and of how far ahead the workers are.
   */
  public List<Resolved> resolvePeople(List<Enriched> batch) {
    for (Enriched e : batch) resolver.observe(e.mentions());
    List<Resolved> out = new ArrayList<>(batch.size());
    for (Enriched e : batch) out.add(new Resolved(e, resolver.resolve(e.mentions())));
    return out;
  }
}
