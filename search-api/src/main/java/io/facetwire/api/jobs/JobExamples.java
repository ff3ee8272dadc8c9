package io.facetwire.api.jobs;

/**
 * Example answers of the indexing endpoints for the OpenAPI document (annotation values must be
 * constants).
 */
final class JobExamples {
  private JobExamples() {}

  static final String STARTED =
      "{\"id\": \"3f0c2a9e-6f1d-4c1e-9a57-0b6c9f1d2e4a\", \"state\": \"running\", \"inputs\": 0, "
          + "\"articles\": 0, \"indexed\": 0, \"unchanged\": 0, \"duplicates\": 0, \"nearDuplicates\": 0, \"skipped\": 0, "
          + "\"notArticles\": 0, \"undated\": 0, \"failed\": 0, \"failures\": [], \"error\": null, "
          + "\"startedAt\": \"2025-06-01T10:15:30.123Z\", \"finishedAt\": null}";
  static final String UNAUTHORIZED =
      "{\"type\": \"https://facetwire.io/problems/401\", \"title\": \"Token required\", "
          + "\"status\": 401, \"detail\": \"this operation needs the API token (Authorization: Bearer <token>)\""
          + ", \"instance\": \"/api/index\"}";
  static final String FORBIDDEN =
      "{\"type\": \"https://facetwire.io/problems/403\", \"title\": \"Forbidden\", "
          + "\"status\": 403, "
          + "\"detail\": \"this operation is disabled: the server has no API token configured (facetwire.security.api-token)\""
          + ", \"instance\": \"/api/index\"}";
  static final String TOO_LARGE =
      "{\"type\": \"https://facetwire.io/problems/413\", \"title\": \"Upload too large\", "
          + "\"status\": 413, "
          + "\"detail\": \"the upload is larger than the limit of 256 MB (268435456 bytes; facetwire.index.max-upload-size); send fewer files at a time\""
          + ", \"instance\": \"/api/index\"}";
  static final String UNSUPPORTED =
      "{\"type\": \"https://facetwire.io/problems/415\", \"title\": \"Unsupported file format\", "
          + "\"status\": 415, "
          + "\"detail\": \"not a format Facetwire reads (.txt, .html, .jsonl, .json, .csv, .tsv, .warc, optionally .gz): paper.pdf\""
          + ", \"instance\": \"/api/index\"}";
  static final String BUSY =
      "{\"type\": \"https://facetwire.io/problems/429\", \"title\": \"Indexing busy\", "
          + "\"status\": 429, "
          + "\"detail\": \"another indexing job is running (3f0c2a9e-6f1d-4c1e-9a57-0b6c9f1d2e4a); try again when it is done\""
          + ", \"instance\": \"/api/index\"}";
}
