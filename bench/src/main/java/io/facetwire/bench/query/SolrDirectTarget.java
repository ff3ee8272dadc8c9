package io.facetwire.bench.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Solr without us: replays, with plain SolrJ, exactly the requests our API sent to Solr for each
 * query (recorded by {@link RecordingFilter}), so the difference is only our API's own work.
 */
final class SolrDirectTarget implements Target {
  /** Set by the client itself on every request (the cloud client adds its state version). */
  private static final Set<String> TRANSPORT = Set.of("wt", "version", "_stateVer_");

  private final SolrClient solr;
  private final List<List<ModifiableSolrParams>> requests;

  SolrDirectTarget(SolrClient solr, List<List<RecordingFilter.Recorded>> recorded) {
    this.solr = solr;
    this.requests =
        recorded.stream()
            .map(list -> list.stream().map(SolrDirectTarget::params).toList())
            .toList();
  }

  @Override
  public String name() {
    return "solr";
  }

  @Override
  public long run(int query) throws Exception {
    long found = 0;
    for (ModifiableSolrParams p : requests.get(query)) {
      found = new QueryRequest(p, SolrRequest.METHOD.POST).process(solr).getResults().getNumFound();
    }
    return found;
  }

  static ModifiableSolrParams params(RecordingFilter.Recorded r) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    for (String part :
        List.of(r.queryString() == null ? "" : r.queryString(), r.body() == null ? "" : r.body())) {
      for (String pair : part.split("&")) {
        if (pair.isEmpty()) continue;
        int eq = pair.indexOf('=');
        String key =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (!TRANSPORT.contains(key)) p.add(key, value);
      }
    }
    return p;
  }

  /** Whether the API asked Solr to collapse or group (so a grouping query really groups). */
  static boolean groups(List<RecordingFilter.Recorded> recorded) {
    List<String> signs = new ArrayList<>();
    for (RecordingFilter.Recorded r : recorded) {
      ModifiableSolrParams p = params(r);
      signs.add(String.valueOf(p.get("group")));
      String[] fqs = p.getParams("fq");
      if (fqs != null) for (String fq : fqs) if (fq.contains("collapse")) signs.add("true");
    }
    return signs.contains("true");
  }
}
