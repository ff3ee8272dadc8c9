/**
 * The curated place list that fills the places facet and keeps place names out of the people facet.
 */
package io.facetwire.ingest.places;
