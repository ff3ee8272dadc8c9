package io.facetwire.api.config;

import io.facetwire.solr.SolrLocation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Facetwire's settings ({@code facetwire.*}, or environment variables such as {@code
 * FACETWIRE_SOLR_URL}).
 *
 * @param solr where Solr is; see {@link SolrLocation} for the accepted forms
 * @param seeds whether to index the bundled sample articles when the index is empty
 */
@ConfigurationProperties("facetwire")
public record FacetwireProperties(@DefaultValue Solr solr, @DefaultValue Seeds seeds) {

  public record Solr(@DefaultValue(SolrLocation.DEFAULT) String url) {}

  public record Seeds(
      @DefaultValue("true") boolean enabled, @DefaultValue("classpath*:seeds/*") String location) {}
}
