package io.facetwire.indexer.cli;

import io.facetwire.ingest.aliases.AliasTable;
import io.facetwire.ingest.people.PersonResolver;
import java.io.PrintStream;
import org.apache.solr.client.solrj.SolrClient;

/**
 * An index run's use of the alias table: loaded into the run's resolver before the first article,
 * saved after the last. A table that cannot be read or written (a standalone Solr without the
 * {@code facetwire_collections} core) costs the run only its cross-run names: it says so and goes
 * on, resolving within the run as before.
 */
final class RunAliases {
  private final AliasTable table;
  private final PersonResolver resolver;
  private final PrintStream err;

  private RunAliases(AliasTable table, PersonResolver resolver, PrintStream err) {
    this.table = table;
    this.resolver = resolver;
    this.err = err;
  }

  static RunAliases load(SolrClient client, PersonResolver resolver, PrintStream err) {
    try {
      AliasTable table = AliasTable.of(client);
      table.loadInto(resolver);
      return new RunAliases(table, resolver, err);
    } catch (Exception e) {
      err.println(
          "warning: the alias table could not be read ("
              + e.getMessage()
              + "); names are resolved within this run only");
      return new RunAliases(null, resolver, err);
    }
  }

  void save() {
    if (table == null) return;
    try {
      table.save(resolver);
    } catch (Exception e) {
      err.println(
          "warning: the alias table could not be saved ("
              + e.getMessage()
              + "); run 'resolve' after the next run to merge this run's names");
    }
  }
}
