package io.facetwire.api.collections;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of saved searches and snapshots ({@code facetwire.collections.*}). The store is a small
 * Solr core meant for a research group's searches, not for every query anyone runs.
 *
 * @param maxCollections saved searches the server keeps
 * @param maxNameLength characters of a name
 * @param maxNoteLength characters of a note
 * @param maxSnapshotArticles articles a snapshot may freeze; a search matching more is refused
 *     (422)
 * @param diffListLimit ids listed per side of a diff (the counts are always complete)
 * @param cloudReplicas copies of the store on SolrCloud (one shard)
 */
@ConfigurationProperties("facetwire.collections")
record CollectionsProperties(
    @DefaultValue("1000") int maxCollections,
    @DefaultValue("200") int maxNameLength,
    @DefaultValue("4000") int maxNoteLength,
    @DefaultValue("1000000") int maxSnapshotArticles,
    @DefaultValue("100") int diffListLimit,
    @DefaultValue("1") int cloudReplicas) {}
