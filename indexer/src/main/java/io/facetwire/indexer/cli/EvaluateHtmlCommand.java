package io.facetwire.indexer.cli;

import io.facetwire.ingest.extract.HtmlEvaluation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "evaluate-html",
    mixinStandardHelpOptions = true,
    description = {
      "Measure HTML extraction on labelled pages: DIR holds one folder per page with source.html and",
      "expected-metadata.json (title, siteName, publishedTime, excerpt). Prints title, outlet and date accuracy",
      "(over pages where the label exists), body similarity (share of the excerpt found in the body) and,",
      "where a page has expected.html (Readability's own extraction), body word precision and recall."
    })
final class EvaluateHtmlCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "Folder of labelled pages.")
  Path dir;

  @Option(
      names = {"-v", "--verbose"},
      description = "List the pages with a wrong title, outlet or date.")
  boolean verbose;

  @Option(
      names = "--split",
      defaultValue = "ALL",
      description = {
        "Pages to score: ALL, TUNE or HELD_OUT (fixed by a CRC-32 of the folder name: even is tune, odd",
        "is held out). Tune extraction rules on TUNE only; HELD_OUT says whether they generalise."
      })
  HtmlEvaluation.Split split;

  @Override
  public Integer call() throws Exception {
    new HtmlEvaluation().evaluate(dir, split).print(System.out, verbose);
    return 0;
  }
}
