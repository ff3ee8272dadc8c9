package io.facetwire.indexer.cli;

import io.facetwire.indexer.extract.HtmlEvaluation;
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
      "(over pages where the label exists) and body similarity (share of the excerpt found in the body)."
    })
final class EvaluateHtmlCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "Folder of labelled pages.")
  Path dir;

  @Option(
      names = {"-v", "--verbose"},
      description = "List the pages with a wrong title, outlet or date.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    new HtmlEvaluation().evaluate(dir).print(System.out, verbose);
    return 0;
  }
}
