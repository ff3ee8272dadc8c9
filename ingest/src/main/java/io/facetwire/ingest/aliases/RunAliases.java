package io.facetwire.ingest.aliases;

import io.facetwire.ingest.people.PersonResolver;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;

/**
 * An index run's use of the alias table, for the command line and the app's uploads alike: loaded
 * into the run's resolver before the first article, saved after the last. A table that cannot be
 * read or written (a standalone Solr without the {@code facetwire_collections} core) costs the run
 * only its cross-run names: it says so through {@code warn} and goes on, resolving within the run
 * as before.
 */
public final class RunAliases {
  private final AliasTable table;
  private final PersonResolver resolver;
  private final Consumer<String> warn;

  private RunAliases(AliasTable table, PersonResolver resolver, Consumer<String> warn) {
    this.table = table;
    this.resolver = resolver;
    this.warn = warn;
  }

  /** Seeds {@code resolver} from the index's table; {@code warn} hears what could not be done. */
  public static RunAliases load(SolrClient client, PersonResolver resolver, Consumer<String> warn) {
    try {
      AliasTable table = AliasTable.of(client);
      table.loadInto(resolver);
      return new RunAliases(table, resolver, warn);
    } catch (Exception e) {
      warn.accept(
          "the alias table could not be read ("
              + e.getMessage()
              + "); names are resolved within this run only");
      return new RunAliases(null, resolver, warn);
    }
  }

  /** Saves the run's names to the table it was loaded from (nothing when that failed). */
  public void save() {
    if (table == null) return;
    try {
      table.save(resolver);
    } catch (Exception e) {
      warn.accept(
          "the alias table could not be saved ("
              + e.getMessage()
              + "); run 'resolve' after the next run to merge this run's names");
    }
  }
}
