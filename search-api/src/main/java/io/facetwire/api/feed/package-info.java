/**
 * A search as an Atom feed ({@code /api/search.atom}): the newest matches, so any feed reader
 * follows a search without an account or an alert service of ours.
 */
package io.facetwire.api.feed;
