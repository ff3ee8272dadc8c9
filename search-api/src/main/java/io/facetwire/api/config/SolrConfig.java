package io.facetwire.api.config;

import io.facetwire.api.ops.SolrCloudProperties;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.SolrLocation;
import org.apache.solr.client.solrj.SolrClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one Solr client of the app, opened from {@code facetwire.solr.url} (closed on shutdown). */
@Configuration(proxyBeanMethods = false)
class SolrConfig {

  @Bean
  SolrLocation solrLocation(FacetwireProperties properties) {
    return SolrLocation.parse(properties.solr().url());
  }

  @Bean(destroyMethod = "close")
  SolrClient solrClient(SolrLocation location, SolrCloudProperties cloud) {
    return SolrClients.open(location, cloud.options());
  }
}
