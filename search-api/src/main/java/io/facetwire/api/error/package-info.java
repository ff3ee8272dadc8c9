/**
 * How the API fails: the exceptions a request can end in, the handler that turns every failure into
 * {@code application/problem+json} (400 for a bad query, 503 when Solr is down, never a stack
 * trace), and {@code Problems}, the same shape written from servlet filters.
 */
package io.facetwire.api.error;
