package io.facetwire.api.ops;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.solr.client.solrj.SolrClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the app's Solr client in {@link MeteredSolrClient} as it is created, so every feature that
 * injects {@link SolrClient} is measured without knowing about metrics.
 */
@Configuration(proxyBeanMethods = false)
class SolrMetrics {

  @Bean
  static BeanPostProcessor meteredSolrClient(ObjectProvider<MeterRegistry> registry) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof SolrClient solr && !(bean instanceof MeteredSolrClient)) {
          return new MeteredSolrClient(solr, registry.getObject());
        }
        return bean;
      }
    };
  }
}
