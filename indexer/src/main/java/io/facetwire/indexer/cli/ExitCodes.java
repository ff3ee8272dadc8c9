package io.facetwire.indexer.cli;

/**
 * The CLI's exit codes, the contract scripts rely on: 0 all good, 2 some inputs failed (the rest
 * was indexed), 1 could not run (Solr unreachable, index in use, unreadable configuration), 64
 * usage error (bad or missing options or arguments; {@code EX_USAGE} of BSD's sysexits.h).
 */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int SOME_FAILED = 2;
  static final int USAGE = 64;

  private ExitCodes() {}
}
