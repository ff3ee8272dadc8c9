/**
 * Extraction throughput (HTML and text to articles) measured apart from Solr, to tell parsing cost
 * from indexing cost.
 */
package io.facetwire.bench.extract;
