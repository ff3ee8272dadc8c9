/**
 * Exports of every match (CSV, JSON lines), streamed with cursor paging from docValues when
 * possible, cancellable, with provenance.
 */
package io.facetwire.api.export;
