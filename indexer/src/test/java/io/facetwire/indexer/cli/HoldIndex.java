package io.facetwire.indexer.cli;

import io.facetwire.solr.SolrClients;
import org.apache.solr.client.solrj.SolrClient;

/**
 * A running app's hold on an embedded index, in a process of its own for {@link IndexCommandIT}:
 * opens the index as the app does, says "ready", and keeps it until its input closes. Argument: the
 * index directory.
 */
public final class HoldIndex {
  private HoldIndex() {}

  public static void main(String[] args) throws Exception {
    try (SolrClient solr = SolrClients.open("embedded:" + args[0])) {
      System.out.println("ready");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold until the test closes our input (or kills us)
      }
    }
  }
}
