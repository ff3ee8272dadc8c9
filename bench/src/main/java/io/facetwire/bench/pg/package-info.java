/**
 * The PostgreSQL full-text baseline the Solr figures are compared with (bench/postgres.sh starts
 * it).
 */
package io.facetwire.bench.pg;
