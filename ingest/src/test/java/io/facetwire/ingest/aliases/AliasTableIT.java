package io.facetwire.ingest.aliases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.facetwire.ingest.people.Gazetteer;
import io.facetwire.ingest.people.PersonResolver;
import io.facetwire.solr.SavedSearchCore;
import io.facetwire.solr.SolrClients;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alias table in a real embedded Solr, across a change of the people's identity keys. */
class AliasTableIT {
  @TempDir Path home;

  /**
   * An earlier version keyed "Bashar al-Assad" with the article ("bashar|al-assad"); this one keys
   * the person by "bashar|assad", as AP's "Bashar Assad". Loading re-keys the stored forms, and
   * saving drops the old document, so the next run counts each form once.
   */
  @Test
  void aPersonStoredUnderAnOldKeyIsStoredOnceUnderTheNew() throws Exception {
    try (SolrClient solr = SolrClients.open("embedded:" + home)) {
      AliasTable table = AliasTable.of(solr);
      SolrInputDocument old = new SolrInputDocument();
      old.setField(SavedSearchCore.ID, AliasTable.ID_PREFIX + "bashar|al-assad");
      old.setField(SavedSearchCore.KIND, AliasTable.KIND);
      old.setField(SavedSearchCore.NAME_FIELD, "bashar|al-assad");
      old.setField(SavedSearchCore.ENTRIES, AliasTable.lines(Map.of("Bashar al-Assad", 3)));
      old.setField(SavedSearchCore.UPDATED_AT, new Date());
      solr.add(SavedSearchCore.NAME, old);
      solr.commit(SavedSearchCore.NAME);

      PersonResolver run = new PersonResolver(Gazetteer.builtIn());
      table.loadInto(run);
      run.remember("Bashar Assad", 1);
      table.save(run);

      for (int i = 0; i < 2; i++) {
        PersonResolver next = new PersonResolver(Gazetteer.builtIn());
        AliasTable again = AliasTable.of(solr);
        again.loadInto(next);
        assertThat(next.forms())
            .containsExactly(
                entry("bashar|assad", Map.of("Bashar al-Assad", 3, "Bashar Assad", 1)));
        again.save(next);
      }
    }
  }
}
