package io.facetwire.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long one request may keep Solr busy ({@code facetwire.limits.*}). A query that runs out of
 * time answers with what Solr found so far and says so ({@code "partial": true}), instead of
 * holding a core for minutes.
 *
 * @param searchTimeAllowed Solr's {@code timeAllowed} for every request the API sends except the
 *     pages of an export (search, facets, entity pages, suggestions, articles)
 * @param exportTimeAllowed how long one export may run in all; Solr refuses {@code timeAllowed} on
 *     cursor pages, so the export stops itself at this point and ends with a line that says so
 */
@ConfigurationProperties("facetwire.limits")
public record LimitsProperties(
    @DefaultValue("5s") Duration searchTimeAllowed,
    @DefaultValue("10m") Duration exportTimeAllowed) {}
