/** Indexes the bundled sample articles on first start, so a new install has something to search. */
package io.facetwire.api.seed;
