/**
 * The ingest library: reads inputs, extracts and enriches articles, groups copies into stories and
 * writes them to a sink (Solr, or JSON lines for a dry run), accounting for every input in an
 * {@link io.facetwire.ingest.IndexReport}.
 *
 * <h2>The front door, for an application</h2>
 *
 * An application that indexes files into its own Solr (the app's seed loading and upload jobs)
 * needs three types, and sees no other:
 *
 * <ul>
 *   <li>{@link io.facetwire.ingest.Ingest}: a run, {@code
 *       Ingest.into(solr).threads(n).run(inputs)};
 *   <li>{@link io.facetwire.ingest.read.InputDoc}: one input, read lazily: a file, or a name and
 *       bytes ({@code Ingest.input(name, bytes)});
 *   <li>{@link io.facetwire.ingest.IndexReport}: what became of every input (indexed, unchanged,
 *       skipped, failed, with reasons) and the exit code a tool reports for it.
 * </ul>
 *
 * Only Solr being unreachable, after retries, throws: {@link
 * io.facetwire.ingest.SolrUnavailableException}.
 *
 * <h2>The pipeline's parts, for the command-line tool and the benchmarks</h2>
 *
 * The {@code indexer} CLI and {@code bench} assemble runs from the parts themselves (a dry run, a
 * report file, progress bars, timed sinks, the evaluations): {@link io.facetwire.ingest.Indexer},
 * {@link io.facetwire.ingest.ArticleEnricher}, the sinks ({@link io.facetwire.ingest.ArticleSink},
 * {@link io.facetwire.ingest.SolrSink}, {@link io.facetwire.ingest.JsonLinesSink}, {@link
 * io.facetwire.ingest.SolrEarlierCopies}, {@link io.facetwire.ingest.ArticleDocuments}), the
 * readers ({@code read}: {@code InputWalker}, {@code FormatReader}, {@code Format}, {@code
 * Records}, {@code Columns}), the extraction and entity rules the evaluations score ({@code
 * extract}, {@code people}, {@code places}, {@code lang}, {@code topics}), story grouping's {@code
 * EarlierCopies} and the alias table ({@code aliases}) the {@code resolve} command shares. The
 * stage types ({@link io.facetwire.ingest.Enriched}, {@link io.facetwire.ingest.Resolved}, {@link
 * io.facetwire.ingest.Article}) are public for the tests and benchmarks that build articles. A
 * class that is public but named here neither is so because another package of this library uses it
 * (Java has no narrower visibility across packages), or, like {@code people.LexiconFeatures},
 * because a library loads it by name; everything else is package-private.
 */
package io.facetwire.ingest;
