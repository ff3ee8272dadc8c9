/**
 * The {@code facetwire-indexer} command line (picocli): index, reindex and the evaluation commands,
 * with the exit codes scripts rely on (0, 2 some inputs failed, 1 could not run, 64 usage error).
 */
package io.facetwire.indexer.cli;
