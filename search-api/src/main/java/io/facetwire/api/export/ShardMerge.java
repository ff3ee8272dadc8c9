package io.facetwire.api.export;

import io.facetwire.solr.ArticleFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * One window of an export in date order, read from every shard's core at once (each with a cursor
 * of its own, {@code distrib=false}) and merged by the export's order, the date and then the id, as
 * Solr orders them (missing dates last, ids by their UTF-8 bytes). Through Solr's distributed
 * cursor every page costs two rounds to every shard (sort values, then the fields of the page's
 * rows) and a merge on one node; here each row crosses the network once and the shards work in
 * parallel. The result is the same rows in the same order: every match lives on exactly one shard,
 * and a story's copies share one, so a collapse per shard keeps the heads the collection would.
 * Relevance order stays on the distributed path, where scores use the collection's statistics.
 */
final class ShardMerge {
  /** Rows a shard may read ahead of the merge. */
  static final int AHEAD = 2048;

  private static final Object END = new Object();

  private record Failed(Exception cause) {}

  private final Http2SolrClient http;
  private final List<ShardCores.Shard> shards;
  private final Comparator<SolrDocument> order;
  private final Executor executor;

  ShardMerge(
      Http2SolrClient http,
      List<ShardCores.Shard> shards,
      Comparator<SolrDocument> order,
      Executor executor) {
    this.http = http;
    this.shards = List.copyOf(shards);
    this.order = order;
    this.executor = executor;
  }

  /** The order of Solr's {@code date desc|asc, id asc} with {@code sortMissingLast} dates. */
  static Comparator<SolrDocument> byDate(boolean newest) {
    Comparator<Date> dates = newest ? Comparator.reverseOrder() : Comparator.naturalOrder();
    return Comparator.comparing(
            (SolrDocument d) -> (Date) d.getFieldValue(ArticleFields.DATE),
            Comparator.nullsLast(dates))
        .thenComparing(d -> new BytesRef(String.valueOf(d.getFieldValue(ArticleFields.ID))));
  }

  /**
   * Hands every row of the window to {@code sink} in order. Stops early, leaving the shards' reads
   * to end on their own within a page, when {@code closed} says so or the sink throws.
   */
  void read(
      ExportFeed.Pages pages, String window, Consumer<SolrDocument> sink, BooleanSupplier closed)
      throws SolrServerException, IOException {
    List<Reader> readers = new ArrayList<>();
    try {
      for (ShardCores.Shard s : shards) {
        Reader r = new Reader(s, pages, window);
        readers.add(r);
        CompletableFuture.runAsync(r, executor);
      }
      record Head(SolrDocument doc, Reader from) {}
      PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.doc(), b.doc()));
      for (Reader r : readers) {
        SolrDocument first = r.next(closed);
        if (first != null) heads.add(new Head(first, r));
      }
      while (!heads.isEmpty()) {
        Head h = heads.poll();
        sink.accept(h.doc());
        SolrDocument next = h.from().next(closed);
        if (next != null) heads.add(new Head(next, h.from()));
      }
    } finally {
      for (Reader r : readers) r.stopped = true;
    }
  }

  /** One shard's rows of the window, cursor step after cursor step, into a bounded queue. */
  private final class Reader implements Runnable {
    private final ShardCores.Shard shard;
    private final ExportFeed.Pages pages;
    private final String window;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private volatile boolean stopped;

    Reader(ShardCores.Shard shard, ExportFeed.Pages pages, String window) {
      this.shard = shard;
      this.pages = pages;
      this.window = window;
    }

    /** The next row, or null at the end (or once {@code closed}). */
    SolrDocument next(BooleanSupplier closed) throws SolrServerException, IOException {
      try {
        Object o;
        do {
          if (closed.getAsBoolean()) return null;
          o = queue.poll(100, TimeUnit.MILLISECONDS);
        } while (o == null);
        if (o instanceof SolrDocument d) return d;
        if (o instanceof Failed f) {
          if (f.cause() instanceof SolrServerException e) throw e;
          if (f.cause() instanceof IOException e) throw e;
          if (f.cause() instanceof RuntimeException e) throw e;
          throw new IOException(f.cause());
        }
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("export interrupted", e);
      }
    }

    @Override
    public void run() {
      try {
        int rows = pages.pageSize();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (!stopped) {
          int[] got = {0};
          String next = step(cursor, rows, got);
          if (next == null || next.equals(cursor) || got[0] < rows) break;
          cursor = next;
        }
        put(END);
      } catch (Stopped e) {
        // the merge ended; nobody reads this queue any more
      } catch (Exception e) {
        try {
          put(new Failed(e));
        } catch (Stopped ignored) {
          // nobody reads
        }
      }
    }

    /**
     * One cursor step on the shard's first core that answers: a core that fails before sending a
     * row is passed over for the next (a node that just went away).
     */
    private String step(String cursor, int rows, int[] got)
        throws SolrServerException, IOException {
      Exception last = null;
      for (ShardCores.Core core : shard.cores()) {
        try {
          return step(core, cursor, rows, got);
        } catch (SolrServerException | IOException e) {
          if (got[0] > 0) throw e;
          last = e;
        }
      }
      throw new IOException("no core of " + shard.name() + " answered", last);
    }

    private String step(ShardCores.Core core, String cursor, int rows, int[] got)
        throws SolrServerException, IOException {
      SolrQuery q = pages.page(window, cursor, rows);
      q.set(CommonParams.DISTRIB, false);
      QueryRequest request =
          ExportFeed.streaming(
              q,
              doc -> {
                got[0]++;
                put(doc);
              });
      return http.requestWithBaseUrl(core.baseUrl(), core.name(), request).getNextCursorMark();
    }

    private void put(Object o) {
      try {
        while (!queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
          if (stopped) throw new Stopped();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stopped();
      }
    }
  }

  /** Thrown inside a shard's stream to abandon it once the merge has ended. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }
}
