package io.facetwire.api.export;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.Params;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SortOrder;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * A validated export request: what to export (a scope), in which order, format and columns, whether
 * one row per story ({@code group=story}, the row the search page shows as the hit), and whether a
 * CSV starts with the provenance as a comment line ({@code provenance=line}; by default it travels
 * only in the {@code Facetwire-Provenance} header, so the CSV's first row is its header).
 */
record ExportRequest(
    Scope scope,
    SortOrder sort,
    ExportFormat format,
    List<ExportField> fields,
    boolean snippets,
    Counting counting,
    boolean provenanceLine) {

  static ExportRequest from(MultiValueMap<String, String> params) {
    return new ExportRequest(
        Scope.from(params),
        SortOrder.parse(Params.one(params, "sort")),
        ExportFormat.parse(Params.one(params, "format")),
        ExportField.parse(Params.one(params, "fields")),
        Params.flag(params, "snippets"),
        Counting.from(params),
        provenanceLine(Params.one(params, "provenance")));
  }

  static boolean provenanceLine(String raw) {
    if (raw == null || raw.isBlank() || raw.strip().equals("header")) return false;
    if (raw.strip().equals("line")) return true;
    throw new BadRequestException(
        "provenance must be header or line (got '" + Params.abbreviate(raw) + "')");
  }

  /** Column names in order, snippets last. */
  List<String> columns() {
    List<String> names = new java.util.ArrayList<>(fields.stream().map(f -> f.publicName).toList());
    if (snippets) names.add("snippets");
    return names;
  }
}
