package io.facetwire.indexer.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of an {@code --app} run as a local run shows it: a bar with rate and ETA on a terminal,
 * a line every few seconds otherwise.
 */
final class AppProgress {
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;

  private AppProgress() {}

  static AppUpload.Indexing of(PrintStream err) {
    return System.console() == null ? lines(err) : bar();
  }

  private static AppUpload.Indexing lines(PrintStream err) {
    return new AppUpload.Indexing() {
      long last = System.nanoTime();

      @Override
      public void start(int files) {
        err.printf("files to send: %d%n", files);
      }

      @Override
      public void update(int files, int articles) {
        if (System.nanoTime() - last < LOG_EVERY_NANOS) return;
        last = System.nanoTime();
        err.printf("inputs: %d, articles: %d%n", files, articles);
      }
    };
  }

  private static AppUpload.Indexing bar() {
    return new AppUpload.Indexing() {
      ProgressBar bar;

      @Override
      public void start(int files) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("Indexing")
                .setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" files", 1)
                .showSpeed()
                .build();
      }

      @Override
      public void update(int files, int articles) {
        bar.stepTo(files);
        bar.setExtraMessage(articles + " articles");
      }

      @Override
      public void finish() {
        if (bar != null) bar.close();
      }
    };
  }
}
