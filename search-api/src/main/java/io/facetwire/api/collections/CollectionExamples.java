package io.facetwire.api.collections;

/**
 * Example bodies of the saved-search endpoints for the OpenAPI document (annotation values must be
 * constants).
 */
final class CollectionExamples {
  private CollectionExamples() {}

  static final String INPUT =
      "{\"name\": \"Harbour strike coverage\", \"note\": \"For chapter 3: all outlets, 2025\", "
          + "\"params\": {\"q\": \"harbour strike\", \"outlet\": [\"Ledger\", \"Courier\"], \"from\": \"2025-01\", \"group\": \"story\"}}";
  static final String SAVED =
      "{\"id\": \"5c1e0f6a9b2d4e71\", \"name\": \"Harbour strike coverage\", "
          + "\"note\": \"For chapter 3: all outlets, 2025\", \"params\": {\"q\": [\"harbour strike\"], \"outlet\": [\"Ledger\", "
          + "\"Courier\"], \"from\": [\"2025-01\"], \"group\": [\"story\"]}, \"createdAt\": \"2025-06-01T10:15:30.123Z\", "
          + "\"updatedAt\": \"2025-06-01T10:15:30.123Z\", \"searchUrl\": \"/?q=harbour+strike&outlet=Ledger&outlet=Courier&from=2025-01\", "
          + "\"feedUrl\": \"/api/search.atom?q=harbour+strike&outlet=Ledger&outlet=Courier&from=2025-01&group=story\"}";
  static final String TAKEN =
      "{\"id\": \"9a0b7c3d2e1f4a58\", \"total\": 1284, "
          + "\"sha256\": \"3b1f0c6d2a9e8f7b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b\", "
          + "\"createdAt\": \"2025-06-02T08:00:12.345Z\", \"url\": \"https://facetwire.example.org/api/snapshots/9a0b7c3d2e1f4a58\", "
          + "\"citation\": \"Facetwire snapshot 9a0b7c3d2e1f4a58, 1284 articles, sha256 3b1f0c6d2a9e8f7b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b, "
          + "taken 2025-06-02 08:00 UTC, https://facetwire.example.org/api/snapshots/9a0b7c3d2e1f4a58\"}";
  static final String BAD_PARAMS =
      "{\"type\": \"https://facetwire.io/problems/400\", \"title\": \"Invalid request\", "
          + "\"status\": 400, \"detail\": \"unknown search parameter 'persn' (use any of q, from, to, undated, group, sort, person, -person, "
          + "topic, -topic, outlet, -outlet, org, -org, place, -place)\", \"instance\": \"/api/collections\"}";
  static final String UNAUTHORIZED =
      "{\"type\": \"https://facetwire.io/problems/401\", \"title\": \"Token required\", "
          + "\"status\": 401, \"detail\": \"this operation needs the API token (Authorization: Bearer <token>)\", "
          + "\"instance\": \"/api/collections\"}";
  static final String TOO_MANY =
      "{\"type\": \"https://facetwire.io/problems/422\", \"title\": \"Too many saved searches\", "
          + "\"status\": 422, \"detail\": \"the server keeps at most 1000 saved searches (facetwire.collections.max-collections); "
          + "delete some first\", \"instance\": \"/api/collections\"}";
  static final String TOO_LARGE =
      "{\"type\": \"https://facetwire.io/problems/422\", \"title\": \"Snapshot too large\", "
          + "\"status\": 422, \"detail\": \"the search matches 1200000 articles, more than the 1000000 a snapshot may hold "
          + "(facetwire.collections.max-snapshot-articles); narrow the search and save it again\", "
          + "\"instance\": \"/api/collections/5c1e0f6a9b2d4e71/snapshots\"}";
}
