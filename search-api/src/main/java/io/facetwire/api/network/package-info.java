/**
 * Who is named with whom ({@code /api/network}): the co-mention graph of the matching articles'
 * people, organisations, places and topics from nested terms facets, as JSON or as GEXF and GraphML
 * files for Gephi and networkx.
 */
package io.facetwire.api.network;
