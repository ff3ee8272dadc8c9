package io.facetwire.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Base of the API integration tests on the {@link FixtureCorpus}: the whole app on a random port,
 * on a fresh embedded Solr without the seeds. Every subclass shares this one Spring context (same
 * configuration), so the corpus is indexed once for the whole suite.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.seeds.enabled=false",
      "facetwire.export.page-size=40",
      "facetwire.export.doc-values-page-size=70"
    })
@Import(FixtureCorpus.Loader.class)
abstract class CorpusSupport extends HttpSupport {}
