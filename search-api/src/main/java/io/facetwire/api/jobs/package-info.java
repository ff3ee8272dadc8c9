/**
 * Indexing into a running app: uploads become jobs running the indexer's pipeline on the app's own
 * index, one at a time.
 */
package io.facetwire.api.jobs;
