package io.facetwire.ingest;

import io.facetwire.ingest.extract.RawArticle;
import io.facetwire.ingest.lang.LanguageDetection;
import io.facetwire.ingest.people.Gazetteer;
import io.facetwire.ingest.people.Mentions;
import io.facetwire.ingest.people.PersonExtractor;
import io.facetwire.ingest.people.PersonResolver;
import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import io.facetwire.solr.Languages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a parser found into an indexable article: stable id, language, people, organisations,
 * places, topics and the content hash that incremental runs compare. {@link #enrich} is
 * thread-safe, so the pipeline shares one enricher across workers; its {@link PersonResolver}
 * learns the run's names batch by batch in {@link #resolvePeople}, so use one enricher per run.
 */
public final class ArticleEnricher {
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
   * An enriched article and the mentions it was built from, kept so the batch step can resolve
   * names without running the person extractor over the body a second time.
   */
  public record Enriched(Article article, Mentions mentions) {
    public Enriched withArticle(Article a) {
      return new Enriched(a, mentions);
    }
  }

  public Enriched enrich(RawArticle raw) {
    String lang = LanguageDetection.shared().detect(raw.title(), raw.body(), raw.lang());
    Article a =
        new Article(
            ArticleIds.of(raw.url(), raw.title(), raw.body()),
            raw.url(),
            raw.title(),
            raw.body(),
            raw.published(),
            raw.outlet(),
            raw.byline(),
            lang,
            raw.source(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    if (lang != null && !Languages.ENGLISH.equals(lang)) {
      // The people, organisation, place and topic rules read English; on other text they only
      // guess.
      Mentions none = new Mentions(List.of(), List.of(), List.of(), List.of());
      return new Enriched(a.withIdentity(a.id(), ArticleIds.contentHash(a), a.id()), none);
    }
    Mentions m = people.find(a.body());
    a = a.withEntities(m.people(), m.orgs(), m.places());
    a = a.withTopics(topics.tag(a.title(), a.body()));
    return new Enriched(a.withIdentity(a.id(), ArticleIds.contentHash(a), a.id()), m);
  }

  /**
   * The corpus-level step, for the pipeline to call on each batch, in input order, after {@link
   * #enrich} (and before writing): the resolver first learns the batch's names, then variants
   * become the run's canonical form ("Donald J. Trump" -> "Donald Trump") and a titled lone surname
   * ("President Trump") the one full name the run has for it. Learning here on one thread, not
   * inside {@code enrich} on the workers, makes the result independent of which worker finished
   * first and of how far ahead the workers are. Articles whose people change get a new content
   * hash.
   */
  public List<Article> resolvePeople(List<Enriched> batch) {
    for (Enriched e : batch) resolver.observe(e.mentions());
    List<Article> out = new ArrayList<>(batch.size());
    for (Enriched e : batch) {
      Article a = e.article();
      List<String> resolved = resolver.resolve(e.mentions());
      if (!resolved.equals(a.people())) {
        a = a.withEntities(resolved, a.orgs(), a.places());
        a = a.withIdentity(a.id(), ArticleIds.contentHash(a), a.storyId());
      }
      out.add(a);
    }
    return out;
  }
}
