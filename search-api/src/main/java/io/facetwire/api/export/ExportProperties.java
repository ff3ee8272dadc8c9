package io.facetwire.api.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Export settings ({@code facetwire.export.*}).
 *
 * @param pageSize articles fetched from Solr per cursor step; memory use is bounded by this, not by
 *     the size of the export
 */
@ConfigurationProperties("facetwire.export")
record ExportProperties(@DefaultValue("500") int pageSize) {}
