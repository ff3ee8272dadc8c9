package io.facetwire.api.network;

import java.util.List;

/**
 * The co-mention network, the one shape the JSON answer and the GEXF and GraphML files are all
 * written from, so the three can never disagree.
 *
 * @param matches articles the query and filters match
 * @param partial Solr ran out of its time budget: the counts are a lower bound
 */
record Graph(
    String query,
    long matches,
    List<String> kinds,
    List<Node> nodes,
    List<Edge> edges,
    long tookMs,
    boolean partial) {
  /**
   * @param id kind and name ({@code person:Nayib Bukele}): a person and an org may share a name
   * @param count matching articles that mention it
   */
  record Node(String id, String label, String kind, long count) {}

  /**
   * @param count matching articles that mention both
   * @param relatedness Solr's relatedness() formula with the source's articles as foreground and
   *     all matching articles as background: above 0 when the target is named with the source more
   *     often than chance
   */
  record Edge(String source, String target, long count, double relatedness) {}
}
