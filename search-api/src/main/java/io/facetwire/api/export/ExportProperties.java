package io.facetwire.api.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Export settings ({@code facetwire.export.*}).
 *
 * @param pageSize articles fetched from Solr per cursor step; memory use is bounded by this, not by
 *     the size of the export (rows may carry whole bodies)
 * @param docValuesPageSize the same when every column is read from docValues (no body): such rows
 *     are small, and bigger pages mean fewer cursor round trips
 */
@ConfigurationProperties("facetwire.export")
record ExportProperties(
    @DefaultValue("500") int pageSize, @DefaultValue("10000") int docValuesPageSize) {}
