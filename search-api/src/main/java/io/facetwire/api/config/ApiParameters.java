package io.facetwire.api.config;

import io.facetwire.solr.FacetField;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;

/**
 * The shared search parameters as OpenAPI describes them (see {@link ScopeParameters}); the facet
 * filters are derived from the schema contract's {@link FacetField} list.
 */
final class ApiParameters {
  private ApiParameters() {}

  static void addTo(Operation op, ScopeParameters which) {
    if (which.normalize()) {
      add(
          op,
          param(
              "normalize",
              "share: add base and share to each bucket",
              new StringSchema()._enum(List.of("none", "share"))._default("none"),
              null));
    }
    add(
        op,
        param(
            "q",
            "Query: words, \"phrases\", AND/OR/NOT, -word, wild*, \"a b\"~5, title:/body:/person:/topic:/outlet: "
                + "terms. Syntax that cannot be parsed is searched as plain words (see queryNotice).",
            new StringSchema(),
            "prison"));
    for (FacetField f : FacetField.values()) {
      add(
          op,
          param(
                  f.param,
                  "Only articles with one of these "
                      + f.param
                      + " values (repeat to OR values; different facets are AND-ed)",
                  strings(),
                  List.of(f.example))
              .explode(true));
      add(
          op,
          param(
                  "-" + f.param,
                  "Leave out articles with any of these " + f.param + " values",
                  strings(),
                  null)
              .explode(true));
    }
    add(
        op,
        param(
            "from",
            "First day: YYYY-MM-DD, YYYY-MM or YYYY (a month or year starts on its first day)",
            new StringSchema(),
            "2025-01"));
    add(
        op,
        param(
            "to",
            "Last day: YYYY-MM-DD, YYYY-MM or YYYY (a month or year ends on its last day)",
            new StringSchema(),
            "2025-03-31"));
    add(
        op,
        param(
            "undated",
            "include: a from/to filter also lets articles without a date through (by default it leaves "
                + "them out; the search's undated says how many)",
            new StringSchema()._enum(List.of("include", "exclude")),
            null));
    add(
        op,
        param(
            "group",
            "story: count stories instead of articles (every count of the answer, see counting); the "
                + "search lists one hit per story with its other copies, the export one row per story",
            new StringSchema()._enum(List.of("story", "none")),
            null));
    add(
        op,
        param(
            "count",
            "The unit of every count of the answer: stories counts each syndicated story once (copies "
                + "grouped by story id; the search then lists one hit per story, as with group=story). Without it, what group "
                + "implies (articles when neither is given); a group that disagrees is refused",
            new StringSchema()._enum(List.of("articles", "stories")),
            null));
    if (which.paging() || which.sort()) {
      add(
          op,
          param(
              "sort",
              "Result order",
              new StringSchema()._enum(List.of("relevance", "newest", "oldest")),
              "relevance"));
    }
    if (which.paging()) {
      add(
          op,
          param(
              "page",
              "Page, from 1; page x size may not exceed 10000 (use /api/export for everything)",
              new IntegerSchema().minimum(java.math.BigDecimal.ONE),
              1));
      add(
          op,
          param(
              "size",
              "Results per page, 1 to 100",
              new IntegerSchema()
                  .minimum(java.math.BigDecimal.ONE)
                  .maximum(java.math.BigDecimal.valueOf(100)),
              10));
    }
    if (which.paging() || which.interval()) {
      add(
          op,
          param(
              "interval",
              "Date histogram bucket; auto picks one from the range in view",
              new StringSchema()._enum(List.of("auto", "day", "week", "month", "year")),
              "auto"));
    }
  }

  /** The parameters of an export's rows, before the search's (see {@link ExportParameters}). */
  static void addTo(Operation op, ExportParameters which) {
    add(
        op,
        param(
            "format",
            "csv (default) or jsonl",
            new StringSchema()._enum(List.of("csv", "jsonl"))._default("csv"),
            "jsonl"));
    add(
        op,
        param(
            "fields",
            "Comma-separated columns: id,title,url,outlet,date,byline,lang,source,people,topics,orgs,places,"
                + "wordCount,storyId,body (default id,title,url,outlet,date,people,topics,storyId)",
            new StringSchema(),
            "id,title,date,outlet,people"));
    if (which.snippets()) {
      add(
          op,
          param(
              "snippets",
              "Add highlighted snippets",
              new BooleanSchema()._default(false),
              "false"));
    }
    add(
        op,
        param(
            "provenance",
            "header (default): provenance in the Facetwire-Provenance header only; line: a CSV also starts "
                + "with it as a '#' comment line (JSON lines always start with it)",
            new StringSchema()._enum(List.of("header", "line"))._default("header"),
            "line"));
  }

  private static void add(Operation op, Parameter p) {
    if (op.getParameters() != null
        && op.getParameters().stream().anyMatch(x -> x.getName().equals(p.getName()))) return;
    op.addParametersItem(p);
  }

  private static Parameter param(
      String name, String description, Schema<?> schema, Object example) {
    Parameter p =
        new Parameter()
            .in("query")
            .name(name)
            .description(description)
            .schema(schema)
            .required(false);
    return example == null ? p : p.example(example);
  }

  private static Schema<?> strings() {
    return new ArraySchema().items(new StringSchema());
  }
}
