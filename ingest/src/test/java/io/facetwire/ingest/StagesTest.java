package io.facetwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.extract.RawArticle;
import io.facetwire.ingest.people.PersonExtractor;
import io.facetwire.ingest.stories.MinHash;
import io.facetwire.ingest.topics.Taxonomy;
import io.facetwire.ingest.topics.TopicTagger;
import io.facetwire.solr.ArticleFields;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

/**
 * An article through the typed stages (extracted, enriched, resolved, in its story, Solr document):
 * each part is computed in one stage and carried, not recomputed or overwritten; organisations go
 * wherever people and places go.
 */
class StagesTest {
  static final ArticleEnricher ENRICHER =
      new ArticleEnricher(new PersonExtractor(), new TopicTagger(Taxonomy.builtIn()));

  static RawArticle raw(String url, String body) {
    return new RawArticle(
        url,
        "Port strike",
        body,
        OffsetDateTime.parse("2024-05-02T10:00+02:00"),
        "Herald",
        null,
        null,
        "port.txt",
        null);
  }

  static final String ENGLISH =
      "Dock workers at the Port of Rotterdam walked out on Monday. Union leader Maria Jansen said the"
          + " strike would go on until Maersk and the Port Authority returned to talks. President"
          + " Jansen told reporters in Amsterdam that the workers wanted a fair contract.";

  @Test
  void eachStageAddsItsPartOnce() {
    Enriched e = ENRICHER.enrich(raw("https://herald.example/strike", ENGLISH));
    assertThat(e.id())
        .isEqualTo(ArticleIds.of("https://herald.example/strike", "Port strike", ENGLISH));
    assertThat(e.lang()).isEqualTo("en");
    assertThat(e.storyBands()).isEqualTo(MinHash.bands(ENGLISH));

    Resolved r = ENRICHER.resolvePeople(List.of(e)).get(0);
    Article a = r.inStory("story-1");

    assertThat(a.id()).isEqualTo(e.id());
    assertThat(a.storyId()).isEqualTo("story-1");
    assertThat(a.people()).isEqualTo(r.people()).isNotEmpty();
    assertThat(a.orgs()).isEqualTo(e.mentions().orgs()).isNotEmpty();
    assertThat(a.places()).isEqualTo(e.mentions().places());
    assertThat(a.topics()).isEqualTo(e.topics());
    assertThat(a.storyBands()).isEqualTo(e.storyBands());
    assertThat(a.contentHash()).isEqualTo(ArticleIds.contentHash(a));
    assertThat(r.inStory("story-2").contentHash())
        .as("the story is part of what a re-run compares")
        .isNotEqualTo(a.contentHash());
  }

  @Test
  void organisationsGoWherePeopleGo() {
    Article a =
        ENRICHER
            .resolvePeople(List.of(ENRICHER.enrich(raw("https://herald.example/s", ENGLISH))))
            .get(0)
            .inStory("s");
    SolrInputDocument doc = ArticleDocuments.toSolr(a, null);
    assertThat(doc.getFieldValues(ArticleFields.ORGS)).containsExactlyElementsOf(a.orgs());
    assertThat(doc.getFieldValues(ArticleFields.PEOPLE)).containsExactlyElementsOf(a.people());
    assertThat(doc.getFieldValue(ArticleFields.docValuesCopy(ArticleFields.ORGS))).isNotNull();
    assertThat(ArticleDocuments.fields(a, null)).containsEntry(ArticleFields.ORGS, a.orgs());
  }

  @Test
  void textTheEnglishRulesCannotReadGetsNoEntitiesAtAll() {
    String german =
        "Die Hafenarbeiter in Rotterdam haben am Montag die Arbeit niedergelegt. Die Gewerkschaft"
            + " sagte, der Streik werde fortgesetzt, bis die Reedereien an den Verhandlungstisch"
            + " zurückkehren. Viele Schiffe warten nun vor der Küste auf ihre Abfertigung.";
    Enriched e = ENRICHER.enrich(raw("https://zeitung.example/streik", german));
    Article a = ENRICHER.resolvePeople(List.of(e)).get(0).inStory(e.id());
    assertThat(a.lang()).isEqualTo("de");
    assertThat(a.people()).isEmpty();
    assertThat(a.orgs()).isEmpty();
    assertThat(a.places()).isEmpty();
    assertThat(a.topics()).isEmpty();
    assertThat(a.storyBands()).isNotEmpty();
  }
}
