package io.facetwire.bench.pg;

import io.facetwire.bench.query.BenchQuery;
import io.facetwire.bench.query.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The PostgreSQL peer as a load target, with a small connection pool (as an app would have), so
 * connecting is never part of a measured request once the pool has warmed up.
 */
public final class PgTarget implements Target, AutoCloseable {
  private final String url;
  private final List<BenchQuery> mix;
  private final List<Connection> opened = new ArrayList<>();
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

  public PgTarget(String url, List<BenchQuery> mix) {
    this.url = url;
    this.mix = mix;
  }

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public long run(int query) throws SQLException {
    Connection c = borrow();
    try {
      return PgSearch.page(c, mix.get(query));
    } finally {
      idle.add(c);
    }
  }

  public long export(BenchQuery q, int limit) throws SQLException {
    Connection c = borrow();
    try {
      return PgSearch.export(c, q, limit);
    } finally {
      idle.add(c);
    }
  }

  private Connection borrow() throws SQLException {
    Connection c = idle.poll();
    if (c != null) return c;
    c = DriverManager.getConnection(url);
    synchronized (opened) {
      opened.add(c);
    }
    return c;
  }

  @Override
  public void close() throws SQLException {
    synchronized (opened) {
      for (Connection c : opened) c.close();
      opened.clear();
    }
  }
}
