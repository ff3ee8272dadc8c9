package io.facetwire.bench.pg;

import io.facetwire.bench.query.BenchQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A full search page in plain PostgreSQL, as a researcher would write it: top 10 by {@code ts_rank}
 * with {@code ts_headline} snippets (computed for those 10 only), the total, people/topic/outlet
 * facet counts with {@code GROUP BY} (each ignoring its own filter, like our multi-select), and a
 * monthly histogram. Six statements per page on one connection.
 */
final class PgSearch {
  static final int PAGE = 10;
  static final int FACET_LIMIT = 20;
  private static final String HEADLINE =
      "MaxFragments=3, MinWords=15, MaxWords=35, StartSel=<mark>, StopSel=</mark>";

  private record Where(String sql, List<Object> params) {}

  private PgSearch() {}

  /** Runs the page and returns the total. */
  static long page(Connection db, BenchQuery q) throws SQLException {
    Where all = where(db, q, null);
    boolean text = q.q() != null && !q.q().isBlank();
    String rank = text ? "ts_rank(tsv, websearch_to_tsquery('english', ?))" : "0";
    String order =
        "newest".equals(q.sort()) || !text ? "published DESC, id" : "rank DESC, published DESC, id";
    String candidates =
        "SELECT id, title, url, outlet, day, people, topics, body, published, story_id, "
            + rank
            + " AS rank FROM articles WHERE "
            + all.sql();
    if (q.group()) {
      candidates =
          "SELECT * FROM (SELECT c.*, row_number() OVER (PARTITION BY story_id ORDER BY rank DESC, id) AS rn FROM ("
              + candidates
              + ") c) g WHERE rn = 1";
    }
    String results =
        "SELECT id, title, url, outlet, day, people, topics, "
            + (text
                ? "ts_headline('english', body, websearch_to_tsquery('english', ?), '"
                    + HEADLINE
                    + "')"
                : "NULL")
            + " FROM ("
            + candidates
            + " ORDER BY "
            + order
            + " LIMIT "
            + PAGE
            + ") top ORDER BY "
            + order;
    List<Object> params = new ArrayList<>();
    if (text) params.add(q.q());
    if (text) params.add(q.q());
    params.addAll(all.params());
    drain(db, results, params);
    long total =
        count(
            db,
            (q.group() ? "SELECT count(DISTINCT story_id)" : "SELECT count(*)")
                + " FROM articles WHERE "
                + all.sql(),
            all.params());
    facet(
        db,
        "SELECT p, count(*) FROM articles, unnest(people) p WHERE %s GROUP BY p ORDER BY 2 DESC, 1 LIMIT "
            + FACET_LIMIT,
        where(db, q, "people"));
    facet(
        db,
        "SELECT t, count(*) FROM articles, unnest(topics) t WHERE %s GROUP BY t ORDER BY 2 DESC, 1 LIMIT "
            + FACET_LIMIT,
        where(db, q, "topics"));
    facet(
        db,
        "SELECT outlet, count(*) FROM articles WHERE %s GROUP BY outlet ORDER BY 2 DESC, 1 LIMIT "
            + FACET_LIMIT,
        where(db, q, "outlet"));
    facet(
        db,
        "SELECT to_char(day, 'YYYY-MM') m, count(*) FROM articles WHERE %s GROUP BY m ORDER BY m",
        all);
    return total;
  }

  /** Streams up to {@code limit} matching rows (fields as our export), returning how many came. */
  static long export(Connection db, BenchQuery q, int limit) throws SQLException {
    Where w = where(db, q, null);
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    long rows = 0;
    try (PreparedStatement ps =
        prepare(
            db,
            "SELECT id, title, url, outlet, published, people, topics FROM articles WHERE "
                + w.sql()
                + " ORDER BY id LIMIT "
                + limit,
            w.params())) {
      ps.setFetchSize(1_000);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          r.getString(1);
          r.getString(2);
          r.getArray(6);
          rows++;
        }
      }
    } finally {
      db.commit();
      db.setAutoCommit(auto);
    }
    return rows;
  }

  /**
   * The filters of a query; {@code excluded} names the facet whose own filter is left out (its
   * counts).
   */
  private static Where where(Connection db, BenchQuery q, String excluded) throws SQLException {
    List<String> conds = new ArrayList<>(List.of("true"));
    List<Object> params = new ArrayList<>();
    if (q.q() != null && !q.q().isBlank()) {
      conds.add("tsv @@ websearch_to_tsquery('english', ?)");
      params.add(q.q());
    }
    if (!q.people().isEmpty() && !"people".equals(excluded)) {
      conds.add("people && ?");
      params.add(db.createArrayOf("text", q.people().toArray()));
    }
    if (!q.topics().isEmpty() && !"topics".equals(excluded)) {
      conds.add("topics && ?");
      params.add(db.createArrayOf("text", q.topics().toArray()));
    }
    if (!q.outlets().isEmpty() && !"outlet".equals(excluded)) {
      conds.add("outlet = ANY(?)");
      params.add(db.createArrayOf("text", q.outlets().toArray()));
    }
    if (q.from() != null) {
      conds.add("day >= ?");
      params.add(java.sql.Date.valueOf(day(q.from(), false)));
    }
    if (q.to() != null) {
      conds.add("day <= ?");
      params.add(java.sql.Date.valueOf(day(q.to(), true)));
    }
    return new Where(String.join(" AND ", conds), params);
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD as the first (from) or last (to) day, as the API reads them. */
  static LocalDate day(String value, boolean end) {
    if (value.matches("\\d{4}"))
      return end
          ? LocalDate.of(Integer.parseInt(value), 12, 31)
          : LocalDate.of(Integer.parseInt(value), 1, 1);
    if (value.matches("\\d{4}-\\d{2}"))
      return end ? YearMonth.parse(value).atEndOfMonth() : YearMonth.parse(value).atDay(1);
    return LocalDate.parse(value);
  }

  private static void facet(Connection db, String sql, Where w) throws SQLException {
    drain(db, sql.formatted(w.sql()), w.params());
  }

  private static long count(Connection db, String sql, List<Object> params) throws SQLException {
    try (PreparedStatement ps = prepare(db, sql, params);
        ResultSet r = ps.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void drain(Connection db, String sql, List<Object> params) throws SQLException {
    try (PreparedStatement ps = prepare(db, sql, params);
        ResultSet r = ps.executeQuery()) {
      int cols = r.getMetaData().getColumnCount();
      while (r.next()) {
        for (int i = 1; i <= cols; i++) r.getObject(i);
      }
    }
  }

  private static PreparedStatement prepare(Connection db, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement ps = db.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
    return ps;
  }
}
