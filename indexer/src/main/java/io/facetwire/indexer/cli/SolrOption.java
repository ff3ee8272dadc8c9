package io.facetwire.indexer.cli;

import io.facetwire.solr.SolrLocation;
import picocli.CommandLine.Option;

/**
 * {@code --solr}, the index a command works on, mixed into {@code index}, {@code reindex} and
 * {@code resolve}: one URL form ({@link SolrLocation}), one default ({@code $FACETWIRE_SOLR_URL},
 * else the embedded index) and one help text, so the commands cannot drift apart.
 */
final class SolrOption {
  @Option(
      names = "--solr",
      paramLabel = "URL",
      description =
          "Where the index is: embedded:<dir>, http://host:8983/solr/articles, zk://host:2181/articles or "
              + "cloud:http://h1:8983/solr,http://h2:8983/solr/articles. Default: $FACETWIRE_SOLR_URL or ${DEFAULT-VALUE}.",
      defaultValue = "${env:FACETWIRE_SOLR_URL:-" + SolrLocation.DEFAULT + "}")
  String url;

  /** The URL parsed; one that is not understood throws {@link IllegalArgumentException}. */
  SolrLocation location() {
    return SolrLocation.parse(url);
  }
}
