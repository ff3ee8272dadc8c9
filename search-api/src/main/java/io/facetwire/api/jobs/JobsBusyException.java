package io.facetwire.api.jobs;

/**
 * A job is already running; jobs run one at a time so story grouping sees every earlier article.
 */
final class JobsBusyException extends RuntimeException {
  JobsBusyException(String running) {
    super("another indexing job is running (" + running + "); try again when it is done");
  }
}
