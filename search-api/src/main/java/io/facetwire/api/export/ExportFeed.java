package io.facetwire.api.export;

import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.StreamingResponseCallback;
import org.apache.solr.client.solrj.impl.StreamingBinaryResponseParser;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Reads every page of an export on a thread of its own and hands the rows over, in chunks, through
 * a queue of about two pages, so that Solr's work (or, with a remote Solr, parsing its answer)
 * overlaps with writing rows to the client. From a remote Solr the rows are handed over as its
 * javabin stream yields them, so the first rows leave before Solr has read the rest of its page.
 * Embedded Solr hands over whole pages (its streaming answer cannot be parsed back in 9.10: the
 * cursor mark after the documents is lost), so the first page is small, to start soon. Snippets
 * come after the documents in Solr's answer, so an export with snippets reads whole pages too.
 */
final class ExportFeed implements AutoCloseable {
  /** What the queue carries besides chunks of rows: the end, or why the rows stopped. */
  sealed interface Signal {}

  record End() implements Signal {}

  record Failed(Exception cause) implements Signal {}

  /**
   * Builds the Solr query of one cursor step; maps a document (and its page, for snippets) to a
   * row. The rows come window by window (filter queries, read in order, each with a cursor of its
   * own; {@link #WHOLE} when one cursor reads everything).
   */
  interface Pages {
    /** The one window of an export that is not cut into windows: no filter. */
    String WHOLE = "";

    default List<String> windows() {
      return List.of(WHOLE);
    }

    SolrQuery page(String window, String cursorMark, int rows);

    int pageSize();

    boolean streamed();

    Map<String, Object> row(SolrDocument d, QueryResponse page);
  }

  static final int CHUNK = 256;

  /** The first page when whole pages are read: soon there, at the cost of one more cursor step. */
  static final int FIRST_WHOLE_PAGE = 1000;

  private final BlockingQueue<Object> queue;
  private final CompletableFuture<Void> done;
  private volatile boolean closed;
  private volatile String cancelled;
  private final Counter rowsRead;
  private List<Map<String, Object>> chunk = new ArrayList<>(CHUNK);

  /** Counts every row it reads from Solr into {@code rowsRead} (a metric shared by all feeds). */
  ExportFeed(SolrClient solr, Pages pages, Executor executor, Counter rowsRead) {
    this(solr, null, pages, executor, rowsRead);
  }

  /**
   * As above, each window read from the shards' cores by {@code shards} when given (see {@link
   * ShardMerge}), else through {@code solr}.
   */
  ExportFeed(SolrClient solr, ShardMerge shards, Pages pages, Executor executor, Counter rowsRead) {
    this.rowsRead = rowsRead;
    this.queue = new ArrayBlockingQueue<>(2 * pages.pageSize() / CHUNK + 2);
    this.done = CompletableFuture.runAsync(() -> read(solr, shards, pages), executor);
  }

  /**
   * The next chunk of rows ({@code List<Map<String, Object>>}), or a {@link Signal} once they have
   * ended.
   */
  Object next() throws InterruptedException {
    return queue.take();
  }

  /** The next chunk or signal if one is ready, else null. */
  Object poll() {
    return queue.poll();
  }

  /** The next chunk or signal, waiting at most {@code millis} for one; null if none came. */
  Object poll(long millis) throws InterruptedException {
    return queue.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** Stops reading (the client went away): the feed drops what it reads from now on and ends. */
  @Override
  public void close() {
    closed = true;
    queue.clear();
  }

  /**
   * Stops reading from another thread (shutdown, or the export's time ran out); the writer sees
   * {@link #cancelled()} at its next look and ends the export with the reason.
   */
  void cancel(String reason) {
    cancelled = reason;
    close();
  }

  /** Why the feed was cancelled, or null. */
  String cancelled() {
    return cancelled;
  }

  /** Completes when the reading thread has stopped. */
  CompletableFuture<Void> done() {
    return done;
  }

  /**
   * What a cursor step told: where the next one starts, and how many rows it had (fewer than asked:
   * the last).
   */
  private record Step(String nextCursor, int rows) {}

  private void read(SolrClient solr, ShardMerge shards, Pages pages) {
    try {
      int rows = pages.streamed() ? pages.pageSize() : Math.min(FIRST_WHOLE_PAGE, pages.pageSize());
      for (String window : pages.windows()) {
        if (shards != null) {
          shards.read(pages, window, d -> add(pages.row(d, null)), () -> closed);
          flush();
          continue;
        }
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (!closed) {
          Step step =
              pages.streamed()
                  ? streamed(solr, pages, window, cursor, rows)
                  : whole(solr, pages, window, cursor, rows);
          flush();
          int asked = rows;
          rows = pages.pageSize();
          // A short page is the window's last: no need to ask Solr for an empty page to learn that.
          if (step.nextCursor() == null || step.nextCursor().equals(cursor) || step.rows() < asked)
            break;
          cursor = step.nextCursor();
        }
      }
      hand(new End());
    } catch (Closed e) {
      // the client went away; nobody reads the queue any more
    } catch (SolrServerException | IOException | RuntimeException e) {
      if (!closed) handQuietly(new Failed(e));
    }
  }

  private Step streamed(SolrClient solr, Pages pages, String window, String cursor, int rows)
      throws SolrServerException, IOException {
    int[] count = {0};
    QueryRequest request =
        streaming(
            pages.page(window, cursor, rows),
            doc -> {
              count[0]++;
              add(pages.row(doc, null));
            });
    return new Step(request.process(solr).getNextCursorMark(), count[0]);
  }

  /**
   * A POSTed request whose rows reach {@code each} as Solr's binary response streams them, without
   * the page being held in memory; the response keeps the next cursor mark.
   */
  static QueryRequest streaming(SolrQuery q, Consumer<SolrDocument> each) {
    StreamingResponseCallback callback =
        new StreamingResponseCallback() {
          @Override
          public void streamSolrDocument(SolrDocument doc) {
            each.accept(doc);
          }

          @Override
          public void streamDocListInfo(long numFound, long start, Float maxScore) {}
        };
    QueryRequest request = new QueryRequest(q, SolrRequest.METHOD.POST);
    request.setStreamingResponseCallback(callback);
    request.setResponseParser(new StreamingBinaryResponseParser(callback));
    return request;
  }

  private Step whole(SolrClient solr, Pages pages, String window, String cursor, int rows)
      throws SolrServerException, IOException {
    QueryResponse page = solr.query(pages.page(window, cursor, rows), SolrRequest.METHOD.POST);
    for (SolrDocument d : page.getResults()) add(pages.row(d, page));
    return new Step(page.getNextCursorMark(), page.getResults().size());
  }

  private void add(Map<String, Object> row) {
    if (closed) throw new Closed();
    rowsRead.increment();
    chunk.add(row);
    if (chunk.size() == CHUNK) flush();
  }

  private void flush() {
    if (chunk.isEmpty()) return;
    hand(chunk);
    chunk = new ArrayList<>(CHUNK);
  }

  /** Thrown inside Solr's stream to abandon it once the client has gone. */
  private static final class Closed extends RuntimeException {
    Closed() {
      super(null, null, false, false);
    }
  }

  private void hand(Object item) {
    try {
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (closed) throw new Closed();
      }
      if (closed) throw new Closed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Closed();
    }
  }

  private void handQuietly(Object item) {
    try {
      hand(item);
    } catch (Closed e) {
      // nobody reads any more
    }
  }
}
