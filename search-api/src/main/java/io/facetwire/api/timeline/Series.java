package io.facetwire.api.timeline;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Params;
import io.facetwire.api.query.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One line of a chart: a query text under the shared filters, and the name its legend shows. Each
 * series' scope is read by {@link Scope#from} from the request with only its own {@code q}, so a
 * series is validated and filtered exactly as {@code /api/search} would be for that query.
 */
record Series(String q, String label, Scope scope) {
  static final int MIN_COMPARED = 2, MAX_COMPARED = 6, MAX_LABEL = 100;

  /** The single series of a timeline: the request's own q. */
  static Series of(MultiValueMap<String, String> params) {
    Scope scope = Scope.from(params);
    return new Series(scope.q(), label(scope.q()), scope);
  }

  /**
   * The 2 to 6 series of a comparison: each {@code q} in order, labelled by the {@code label} at
   * its position.
   */
  static List<Series> compared(MultiValueMap<String, String> params) {
    List<String> qs = params.getOrDefault("q", List.of());
    List<String> labels = params.getOrDefault("label", List.of());
    if (qs.size() < MIN_COMPARED || qs.size() > MAX_COMPARED) {
      throw new BadRequestException(
          "compare takes "
              + MIN_COMPARED
              + " to "
              + MAX_COMPARED
              + " queries as repeated q "
              + "parameters (got "
              + qs.size()
              + ")");
    }
    if (labels.size() > qs.size()) {
      throw new BadRequestException(
          "more labels (" + labels.size() + ") than queries (" + qs.size() + ")");
    }
    List<Series> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < qs.size(); i++) {
      MultiValueMap<String, String> one = new LinkedMultiValueMap<>(params);
      one.put("q", qs.get(i) == null ? List.of() : List.of(qs.get(i)));
      one.remove("label");
      Scope scope = Scope.from(one);
      String given = i < labels.size() && labels.get(i) != null ? labels.get(i).strip() : "";
      String label = given.isEmpty() ? label(scope.q()) : given;
      if (label.length() > MAX_LABEL) {
        throw new BadRequestException(
            "label is too long (" + label.length() + " characters; at most " + MAX_LABEL + ")");
      }
      if (!seen.add(label)) {
        throw new BadRequestException(
            "two series are named '"
                + Params.abbreviate(label)
                + "'; give each a different q or label");
      }
      out.add(new Series(scope.q(), label, scope));
    }
    return out;
  }

  private static String label(String q) {
    return q.isBlank() ? "all articles" : q;
  }
}
