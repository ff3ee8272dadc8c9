/**
 * Person and topic pages: mentions over time and the entities most related to one, by Solr's
 * relatedness.
 */
package io.facetwire.api.entity;
