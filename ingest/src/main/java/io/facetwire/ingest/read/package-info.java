/**
 * Input formats (text, HTML, JSON lines, CSV, WARC, gzipped or not) read into candidate documents,
 * with sidecar metadata; a bad file or record is reported and the rest read.
 */
package io.facetwire.ingest.read;
