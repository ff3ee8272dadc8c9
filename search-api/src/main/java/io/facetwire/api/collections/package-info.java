/**
 * Saved searches and their snapshots: a search kept under a name, a frozen list of its matches (ids
 * and content hashes, with a sha256 to cite), what changed since, and the snapshot's export. Stored
 * in the small {@code facetwire_collections} core beside the articles, not in the browser, so a
 * citation resolves for anyone who has the index.
 */
package io.facetwire.api.collections;
