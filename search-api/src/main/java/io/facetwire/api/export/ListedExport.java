package io.facetwire.api.export;

import io.facetwire.api.query.Params;
import io.facetwire.solr.ArticleFields;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports a fixed list of articles in the list's order, in the export's formats and columns (the
 * same {@link RowWriter}s and {@link ExportField}s as {@code /api/export}): what a snapshot export
 * is. Each article is read as it is stored now; a last column, {@value #STATUS}, says whether it is
 * the {@code same} as when listed (same content hash), {@code changed} (re-indexed with other
 * content: the row is the current version) or {@code missing} (no longer in the index: the row has
 * the id only).
 */
@Service
public class ListedExport {
  public static final String STATUS = "snapshot";

  /** Ids looked up per Solr request; below Solr's 1024 boolean clauses. */
  private static final int BATCH = 500;

  private static final Logger log = LoggerFactory.getLogger(ListedExport.class);
  private final SolrClient solr;
  private final JsonMapper json;

  ListedExport(SolrClient solr, JsonMapper json) {
    this.solr = solr;
    this.json = json;
  }

  /** An article of the list and its content hash when listed (empty when it had none). */
  public record Entry(String id, String contentHash) {}

  /**
   * Format and columns, read from {@code format} and {@code fields} as {@code /api/export} reads
   * them.
   */
  public static final class Shape {
    final ExportFormat format;
    final List<ExportField> fields;
    final boolean provenanceLine;

    private Shape(ExportFormat format, List<ExportField> fields, boolean provenanceLine) {
      this.format = format;
      this.fields = fields;
      this.provenanceLine = provenanceLine;
    }

    public MediaType mediaType() {
      return format.mediaType;
    }

    public String extension() {
      return format.extension;
    }

    List<String> columns() {
      List<String> names = new ArrayList<>(fields.stream().map(f -> f.publicName).toList());
      names.add(STATUS);
      return names;
    }
  }

  public static Shape shape(MultiValueMap<String, String> params) {
    return new Shape(
        ExportFormat.parse(Params.one(params, "format")),
        ExportField.parse(Params.one(params, "fields")),
        ExportRequest.provenanceLine(Params.one(params, "provenance")));
  }

  /**
   * The provenance as the {@code Facetwire-Provenance} header's value, as {@code /api/export} sends
   * it.
   */
  public String provenanceHeader(Map<String, Object> provenance) {
    return ProvenanceHeader.of(provenance, json);
  }

  /** Name of the provenance response header. */
  public static final String PROVENANCE_HEADER = ProvenanceHeader.NAME;

  /**
   * Writes the provenance, then one row per entry, in order; Solr is asked {@value #BATCH} ids at a
   * time.
   */
  public void write(
      Shape shape, List<Entry> entries, Map<String, Object> provenance, OutputStream os)
      throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    RowWriter rows = RowWriter.of(shape.format, out, shape.columns(), json, shape.provenanceLine);
    rows.provenance(provenance);
    for (int from = 0; from < entries.size(); from += BATCH) {
      List<Entry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
      Map<String, SolrDocument> found;
      try {
        found = fetch(shape, batch);
      } catch (SolrServerException | SolrException | IOException e) {
        log.warn("Listed export interrupted by Solr: {}", e.toString());
        rows.interrupted(
            "the search index stopped answering; the rows above are complete, the rest is missing");
        rows.flush();
        return;
      }
      for (Entry e : batch) rows.row(row(shape, e, found.get(e.id())));
    }
    rows.flush();
  }

  private Map<String, SolrDocument> fetch(Shape shape, List<Entry> batch)
      throws SolrServerException, IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(batch.size());
    // The terms parser looks the ids up directly (several times faster than 500 OR-ed clauses); an
    // id
    // with a comma in it, which the indexer never makes, falls back to the clauses.
    q.addFilterQuery(
        batch.stream().noneMatch(e -> e.id().indexOf(',') >= 0)
            ? "{!terms f="
                + ArticleFields.ID
                + " cache=false}"
                + batch.stream().map(Entry::id).collect(Collectors.joining(","))
            : "{!cache=false}"
                + ArticleFields.ID
                + ":("
                + batch.stream()
                    .map(e -> ClientUtils.escapeQueryChars(e.id()))
                    .collect(Collectors.joining(" OR "))
                + ")");
    Set<String> fl = new LinkedHashSet<>(List.of(ArticleFields.ID, ArticleFields.CONTENT_HASH));
    shape.fields.forEach(f -> fl.add(f.solrField));
    if (shape.fields.contains(ExportField.DATE)) fl.add(ArticleFields.DATE_DAY);
    q.setFields(fl.toArray(String[]::new));
    Map<String, SolrDocument> byId = new HashMap<>();
    for (SolrDocument d : solr.query(q, SolrRequest.METHOD.POST).getResults())
      byId.put((String) d.getFieldValue(ArticleFields.ID), d);
    return byId;
  }

  private static Map<String, Object> row(Shape shape, Entry e, SolrDocument d) {
    Map<String, Object> row = new LinkedHashMap<>();
    if (d == null) {
      for (ExportField f : shape.fields) row.put(f.publicName, f == ExportField.ID ? e.id() : null);
      row.put(STATUS, "missing");
      return row;
    }
    for (ExportField f : shape.fields) row.put(f.publicName, f.read(d, false));
    Object hash = d.getFieldValue(ArticleFields.CONTENT_HASH);
    row.put(
        STATUS, e.contentHash().equals(hash == null ? "" : hash.toString()) ? "same" : "changed");
    return row;
  }
}
