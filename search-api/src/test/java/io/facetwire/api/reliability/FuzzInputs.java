package io.facetwire.api.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Values a hostile or broken client sends: query syntax traps, Solr local params and magic fields,
 * field names the API does not offer, control characters, huge strings, numbers and dates out of
 * range. None contains the words the fuzz test looks for in answers ("solr", "exception").
 */
final class FuzzInputs {
  static final List<String> ADVERSARIAL =
      List.of(
          "\"",
          "\"unbalanced",
          "a \"b",
          "((a",
          "a)",
          "(a OR b",
          "title:(a OR",
          "a AND",
          "OR",
          "AND NOT",
          "NOT",
          "-",
          "+",
          "!",
          "\\",
          "\\\\",
          "a\\",
          "/",
          "/regex/",
          "/[/",
          "[* TO",
          "{* TO *}",
          "date:[* TO NOW]",
          "a~10000",
          "a^1e999",
          "a^-1",
          "*",
          "?",
          "*:*",
          "a*b*c*d*e*f*",
          "{!lucene}*:*",
          "{!func}1",
          "{!frange l=0}1",
          "{!join from=id to=id}*:*",
          "{!terms f=id}a,b",
          "{!xmlparser v='<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>'}",
          "_query_:\"{!term f=id}x\"",
          "_val_:\"recip(1,2,3,4)\"",
          "body:x",
          "id:*",
          "content_hash:*",
          "_version_:*",
          "people:*",
          "url:javascript*",
          "spell:a",
          "*:* OR id:*",
          "title:\"a\"~5",
          "a b c d e f g h i j k l m n o p q r s t u v w x y z",
          "\u0000",
          "\u0001\u0002",
          "\u001b[31m",
          "\r\nX-Injected: 1",
          "\t\n",
          "\uFEFF",
          "\u202Etxt",
          "\uD83D\uDE00",
          "\uD800",
          "\uDFFF",
          "Ä",
          "日本語",
          "<script>alert(1)</script>",
          "' OR '1'='1",
          "%00",
          "%",
          "%%",
          "&&",
          "||",
          "${jndi:ldap://x/a}",
          "#{7*7}",
          "../../etc/passwd",
          "..%2F..%2F",
          "null",
          "undefined",
          "true",
          "[]",
          "{}",
          "person:\"Tom Baxter\"",
          "topic:(a OR b)",
          "outlet:*",
          "prison",
          "strike",
          "harbour",
          "Nayib Bukele");
  static final List<String> NUMBERS =
      List.of(
          "-1",
          "0",
          "1",
          "2",
          "10",
          "99",
          "100",
          "101",
          "1000",
          "10001",
          "2147483647",
          "2147483648",
          "-2147483648",
          "99999999999999999999",
          "1e3",
          "0x10",
          " 5",
          "5 ",
          "NaN",
          "",
          "1.5",
          "+1",
          "--1",
          "٣");
  static final List<String> DATES =
      List.of(
          "2025-13-45",
          "2025-02-30",
          "2025-02-29",
          "2024-02-29",
          "0000-00-00",
          "99999-01-01",
          "-2025-01-01",
          "2025",
          "2025-1",
          "2025/02/01",
          "2025-02-01T00:00:00Z",
          "NOW",
          "NOW-1DAY",
          "*",
          "[* TO *]",
          "1970-01-01",
          "9999-12-31",
          "0001-01-01",
          "20250201",
          "2025-02-01 ");
  static final List<String> PARAMS =
      List.of(
          "q",
          "person",
          "topic",
          "outlet",
          "org",
          "place",
          "-person",
          "-topic",
          "-outlet",
          "-org",
          "-place",
          "from",
          "to",
          "sort",
          "page",
          "size",
          "interval",
          "group",
          "prefix",
          "limit",
          "offset",
          "format",
          "fields",
          "snippets",
          "fl",
          "qt",
          "wt",
          "defType",
          "fq",
          "rows",
          "start",
          "json.facet",
          "shards",
          "stream.body",
          "debugQuery",
          "",
          "q.op",
          "hl.fl",
          "facet.field");
  static final List<String> PATH_VALUES =
      List.of(
          "people",
          "topics",
          "outlet",
          "orgs",
          "places",
          "date",
          "body",
          "id",
          "content_hash",
          "_version_",
          "*",
          "..",
          ".",
          "x".repeat(300),
          "Nayib Bukele",
          "fd7de0042f6ceff32c16",
          "hostile-direct-0001",
          "a b",
          "a;b",
          "{!term f=id}x",
          "%",
          "\u0000",
          "日本");
  static final List<String> INVALID_ENCODINGS =
      List.of(
          "%",
          "%z",
          "%zz",
          "%C3%28",
          "%FF%FE",
          "%ED%A0%80",
          "%C0%AF",
          "%00",
          "%E2%82",
          "%F4%90%80%80",
          "%u0041",
          "%%32%35",
          "%2",
          "%C3",
          "%80%80");

  private FuzzInputs() {}

  /** A value for {@code param}: usually one fitting its kind, sometimes anything. */
  static String value(String param, Random r) {
    int pick = r.nextInt(10);
    if (pick < 3) return random(r);
    if (pick == 3) return huge(r);
    return switch (param) {
      case "page", "size", "limit", "offset", "rows", "start" ->
          NUMBERS.get(r.nextInt(NUMBERS.size()));
      case "from", "to" -> DATES.get(r.nextInt(DATES.size()));
      default -> ADVERSARIAL.get(r.nextInt(ADVERSARIAL.size()));
    };
  }

  /** Random code points, control characters and surrogates included. */
  static String random(Random r) {
    int n = r.nextInt(40);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(4);
      int cp =
          switch (kind) {
            case 0 -> r.nextInt(0x80);
            case 1 -> 0x80 + r.nextInt(0x800 - 0x80);
            case 2 -> r.nextInt(0xFFFF);
            default -> 0x10000 + r.nextInt(0x10FFFF - 0x10000);
          };
      sb.appendCodePoint(cp);
    }
    String s = sb.toString().toLowerCase(java.util.Locale.ROOT);
    // Keep the words the assertions look for out of what the server may legitimately echo back.
    return s.replace("solr", "sol_r")
        .replace("exception", "exc_eption")
        .replace("org.apache", "org_apache");
  }

  static String huge(Random r) {
    int n = List.of(1_001, 5_000, 20_000).get(r.nextInt(3));
    return "a".repeat(n / 2) + " \"(" + "b".repeat(n / 2);
  }

  /**
   * A query string fragment with a broken percent-encoding or raw bytes, sent over a bare socket.
   */
  static byte[] invalidQuery(Random r) {
    String enc = INVALID_ENCODINGS.get(r.nextInt(INVALID_ENCODINGS.size()));
    String param = PARAMS.get(r.nextInt(PARAMS.size()));
    byte[] base = (param + "=a" + enc + "b").getBytes(StandardCharsets.US_ASCII);
    if (r.nextInt(4) == 0) {
      byte[] raw = base.clone();
      raw[raw.length - 1] =
          (byte) (0x80 + r.nextInt(0x80)); // a raw non-ASCII byte in the request line
      return raw;
    }
    return base;
  }
}
