package io.facetwire.api.config;

import io.facetwire.api.ops.SolrCloudProperties;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.SolrLocation;
import org.apache.solr.client.solrj.SolrClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one Solr client of the app, opened from {@code facetwire.solr.url} (closed on shutdown), with
 * the time budget of {@code facetwire.limits.search-time-allowed} on every query; a client on its
 * way down says so as {@link ShutdownAwareSolrClient} (503, not 500); on SolrCloud, requests that
 * rank nothing by score skip the term statistics round trip ({@link UnscoredStatsSolrClient}).
 */
@Configuration(proxyBeanMethods = false)
class SolrConfig {

  @Bean
  SolrLocation solrLocation(FacetwireProperties properties) {
    return SolrLocation.parse(properties.solr().url());
  }

  @Bean(destroyMethod = "close")
  SolrClient solrClient(SolrLocation location, SolrCloudProperties cloud, LimitsProperties limits) {
    SolrClient client = new ShutdownAwareSolrClient(SolrClients.open(location, cloud.options()));
    if (location.isCloud()) client = new UnscoredStatsSolrClient(client);
    return new TimeBudgetSolrClient(client, limits.searchTimeAllowed());
  }
}
