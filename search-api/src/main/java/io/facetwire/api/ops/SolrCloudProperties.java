package io.facetwire.api.ops;

import io.facetwire.solr.CloudCollections;
import io.facetwire.solr.TimeRouting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app creates or updates the SolrCloud collection when {@code facetwire.solr.url} points at
 * SolrCloud (ignored otherwise). The indexer CLI reads the same names from system properties and
 * environment variables.
 *
 * @param shards shards of a new collection
 * @param replicas replicas per shard of a new collection
 * @param updateConfigset move a collection made with an older configset to this version
 * @param timeRouting {@code off}, or {@code month} / {@code year}: the articles in a time routed
 *     alias of one collection per period (see {@link TimeRouting})
 * @param timeRoutingStart the first period's start day; older articles go to the other collection
 */
@ConfigurationProperties("facetwire.solr")
public record SolrCloudProperties(
    @DefaultValue("2") int shards,
    @DefaultValue("1") int replicas,
    @DefaultValue("false") boolean updateConfigset,
    @DefaultValue("off") String timeRouting,
    @DefaultValue(TimeRouting.DEFAULT_START) String timeRoutingStart) {

  public CloudCollections.Options options() {
    return new CloudCollections.Options(
        shards, replicas, updateConfigset, TimeRouting.parse(timeRouting, timeRoutingStart));
  }
}
