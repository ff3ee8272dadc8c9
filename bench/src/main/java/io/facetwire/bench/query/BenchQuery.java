package io.facetwire.bench.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One researcher query of the mix, in terms of the public search API. The same value is turned into
 * an API URL here, into Solr parameters by the API itself (recorded, then replayed), and into SQL
 * by the PostgreSQL baseline.
 *
 * @param kind what it exercises (words, phrase, boolean, facets, dates, multi-select, grouping)
 * @param group whether it asks for syndicated copies collapsed into one hit ({@code group=story})
 * @param endpoint the API path and its own parameters, {@code search} by default ({@code
 *     terms?limit=30}, {@code network?kinds=person,org&limit=50}); the filters are the same for
 *     every endpoint
 */
public record BenchQuery(
    String name,
    String kind,
    String q,
    List<String> people,
    List<String> topics,
    List<String> outlets,
    String from,
    String to,
    String sort,
    boolean group,
    String endpoint) {

  public BenchQuery {
    people = List.copyOf(people);
    topics = List.copyOf(topics);
    outlets = List.copyOf(outlets);
  }

  static BenchQuery text(String name, String kind, String q) {
    return new BenchQuery(
        name, kind, q, List.of(), List.of(), List.of(), null, null, null, false, "search");
  }

  BenchQuery people(String... names) {
    return new BenchQuery(
        name, kind, q, List.of(names), topics, outlets, from, to, sort, group, endpoint);
  }

  BenchQuery topics(String... labels) {
    return new BenchQuery(
        name, kind, q, people, List.of(labels), outlets, from, to, sort, group, endpoint);
  }

  BenchQuery outlets(String... names) {
    return new BenchQuery(
        name, kind, q, people, topics, List.of(names), from, to, sort, group, endpoint);
  }

  BenchQuery dates(String from, String to) {
    return new BenchQuery(name, kind, q, people, topics, outlets, from, to, sort, group, endpoint);
  }

  BenchQuery sorted(String sort) {
    return new BenchQuery(name, kind, q, people, topics, outlets, from, to, sort, group, endpoint);
  }

  BenchQuery grouped() {
    return new BenchQuery(name, kind, q, people, topics, outlets, from, to, sort, true, endpoint);
  }

  /** The same query asked of another endpoint, e.g. {@code at("terms?limit=30")}. */
  BenchQuery at(String endpointAndParameters) {
    return new BenchQuery(
        name, kind, q, people, topics, outlets, from, to, sort, group, endpointAndParameters);
  }

  /**
   * The API path with its query string: {@code /api/search?q=...}, {@code
   * /api/terms?limit=30&q=...}.
   */
  public String apiPath() {
    return "/api/" + endpoint + (endpoint.contains("?") ? "&" : "?") + apiQueryString();
  }

  public int facetFilters() {
    return (people.isEmpty() ? 0 : 1) + (topics.isEmpty() ? 0 : 1) + (outlets.isEmpty() ? 0 : 1);
  }

  /** The query string of {@code GET /api/search} (and of export, which takes the same filters). */
  public String apiQueryString() {
    StringBuilder sb = new StringBuilder("q=").append(enc(q == null ? "" : q));
    people.forEach(v -> sb.append("&person=").append(enc(v)));
    topics.forEach(v -> sb.append("&topic=").append(enc(v)));
    outlets.forEach(v -> sb.append("&outlet=").append(enc(v)));
    if (from != null) sb.append("&from=").append(from);
    if (to != null) sb.append("&to=").append(to);
    if (sort != null) sb.append("&sort=").append(sort);
    if (group) sb.append("&group=story");
    return sb.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
