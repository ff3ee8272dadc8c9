package io.facetwire.indexer.cli;

import io.facetwire.indexer.reindex.Reresolve;
import io.facetwire.ingest.aliases.AliasTable;
import io.facetwire.ingest.people.PersonResolver;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.SolrLocation;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.SolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code resolve}: brings the people of articles indexed by earlier runs in line with the index's
 * alias table, so "Trump" indexed before any run named him in full becomes "Donald Trump" without
 * re-reading the source files.
 */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Re-resolve the people of the articles already indexed with the index's alias table (the name forms",
      "every index run has seen): variants become one canonical name, a lone surname the one person known",
      "by it. Only articles whose people change are rewritten, from their stored fields. An index made",
      "before the alias table existed gets one built from its own people first.",
      "Stop the app first when it uses an embedded index."
    })
final class ResolveCommand implements Callable<Integer> {
  @Mixin SolrOption solr;

  @Mixin RuleFiles.People gazetteer;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    SolrLocation location;
    PersonResolver resolver;
    try {
      location = solr.location();
      resolver = new PersonResolver(gazetteer.load());
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (location.kind() == SolrLocation.Kind.EMBEDDED
        && EmbeddedIndexLock.heldElsewhere(location.embeddedDir())) {
      err.println(EmbeddedIndexLock.message(location.embeddedDir()));
      return ExitCodes.FAILED;
    }
    try (SolrClient client = SolrClients.open(location)) {
      AliasTable table = AliasTable.of(client);
      int people = table.loadInto(resolver);
      if (people == 0) {
        long articles = Reresolve.learn(client, location.collection(), resolver);
        people = table.save(resolver);
        err.printf("Built the alias table from %d indexed articles: %d people%n", articles, people);
      }
      Reresolve.Result r = Reresolve.run(client, location.collection(), resolver);
      err.printf(
          "Re-resolved %d articles with people: %d changed (alias table: %d people)%n",
          r.withPeople(), r.changed(), people);
      return 0;
    } catch (Exception e) {
      if (EmbeddedIndexLock.causedBy(e)) {
        err.println(EmbeddedIndexLock.message(location.embeddedDir()));
      } else {
        err.println("error: resolve failed: " + e.getMessage());
      }
      return ExitCodes.FAILED;
    }
  }
}
