/**
 * Syndicated copies of one story found by MinHash locality-sensitive hashing, within a run and
 * against earlier runs, so copies share a story id.
 */
package io.facetwire.ingest.stories;
