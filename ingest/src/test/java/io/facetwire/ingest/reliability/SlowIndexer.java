package io.facetwire.ingest.reliability;

import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.SolrEarlierCopies;
import io.facetwire.ingest.SolrSink;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.solr.SolrClients;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;

/**
 * The indexer as a separate process, for {@link KillDuringIndexingIT}: the same facade, sink and
 * embedded Solr as the CLI, but it prints after every batch how many inputs are written and then
 * pauses, so the test can kill it halfway on a machine of any speed. Arguments: index directory,
 * corpus directory, pause in milliseconds.
 */
public final class SlowIndexer {
  private SlowIndexer() {}

  public static void main(String[] args) throws Exception {
    long pause = Long.parseLong(args[2]);
    try (SolrClient solr = SolrClients.open("embedded:" + args[0]);
        Indexer indexer = Indexer.withDefaults()) {
      indexer.index(
          InputWalker.walk(List.of(Path.of(args[1]))),
          new SolrSink(solr),
          new SolrEarlierCopies(solr),
          (inputs, articles) -> {
            System.out.println("written inputs: " + inputs);
            System.out.flush();
            try {
              Thread.sleep(pause);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          },
          List.of());
    }
    System.out.println("done");
  }
}
