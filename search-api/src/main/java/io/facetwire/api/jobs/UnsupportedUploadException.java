package io.facetwire.api.jobs;

import java.util.List;

/** Files of no format the indexer reads: the whole upload is refused rather than half-done. */
final class UnsupportedUploadException extends RuntimeException {
  UnsupportedUploadException(List<String> names) {
    super(
        "not a format Facetwire reads (.txt, .html, .jsonl, .json, .csv, .tsv, .warc, optionally .gz): "
            + String.join(", ", names.subList(0, Math.min(10, names.size())))
            + (names.size() > 10 ? ", ..." : ""));
  }
}
