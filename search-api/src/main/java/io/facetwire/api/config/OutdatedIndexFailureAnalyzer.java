package io.facetwire.api.config;

import io.facetwire.solr.OutdatedIndexException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an index of another schema, found while the Solr client opens, into Spring Boot's short
 * "APPLICATION FAILED TO START" report (what was found, what to run) instead of a stack trace. The
 * index itself was left untouched ({@link io.facetwire.solr.SolrClients#prepareHome}).
 */
class OutdatedIndexFailureAnalyzer extends AbstractFailureAnalyzer<OutdatedIndexException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, OutdatedIndexException cause) {
    return new FailureAnalysis(cause.problem(), cause.action(), cause);
  }
}
