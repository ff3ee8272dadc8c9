package io.facetwire.api.export;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export's provenance as the value of the {@code Facetwire-Provenance} response header: one
 * line of JSON with every non-ASCII character escaped ({@code \u00e9}), since header values are
 * ASCII and JSON escaping also keeps line breaks and control characters out of the header.
 *
 * <p>Why a header: a CSV whose first row is its header loads with a plain {@code pandas.read_csv}
 * or {@code read.csv}, and the provenance still comes with every download. Headers are limited in
 * size (Tomcat refuses an answer whose headers pass 8 KB), while a scope may hold 50 filter values
 * of 300 characters each; past {@value #MAX_LENGTH} characters the query and filters are left out
 * and {@code "scopeOmitted": true} says so (the JSON-lines first line and {@code provenance=line}
 * carry them in full).
 */
final class ProvenanceHeader {
  static final String NAME = "Facetwire-Provenance";
  static final int MAX_LENGTH = 4096;

  private ProvenanceHeader() {}

  static String of(Map<String, Object> provenance, JsonMapper json) {
    String value = ascii(provenance, json);
    if (value.length() <= MAX_LENGTH) return value;
    Map<String, Object> shorter = new LinkedHashMap<>(provenance);
    shorter.remove("query");
    shorter.remove("filters");
    shorter.put("scopeOmitted", true);
    return ascii(shorter, json);
  }

  private static String ascii(Map<String, Object> provenance, JsonMapper json) {
    return json.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(provenance);
  }
}
