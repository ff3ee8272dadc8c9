package io.facetwire.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Access rules and browser hardening on the running app: what needs the API token, what stays open,
 * and the headers every page and answer carries.
 */
class SecurityIT extends ReliabilityApp {
  static final Pattern INLINE_SCRIPT = Pattern.compile("(?is)<script(?![^>]*\\bsrc=)[^>]*>");
  static final Pattern EVENT_HANDLER = Pattern.compile("(?i)\\son[a-z]+\\s*=");

  @Test
  void pagesAndAnswersCarryTheSecurityHeaders() throws Exception {
    for (String path :
        List.of(
            "/",
            "/index.html",
            "/article.html",
            "/js/search.js",
            "/api/search?q=prison",
            "/api/articles/nope",
            "/api/search?size=0",
            "/no-such-page")) {
      Http.Reply r = http().get(path);
      String csp = r.header("Content-Security-Policy");
      assertThat(csp)
          .as(path)
          .isNotNull()
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'")
          .contains("object-src 'none'");
      assertThat(directive(csp, "script-src"))
          .as(path)
          .doesNotContain("'unsafe-inline'")
          .doesNotContain("'unsafe-eval'");
      assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
      assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
    }
  }

  /** The policy forbids inline script, so the pages must not need any. */
  @Test
  void pagesHaveNoInlineScriptOrEventHandlers() throws Exception {
    for (String page : List.of("static/index.html", "static/article.html")) {
      String html = resource(page);
      assertThat(INLINE_SCRIPT.matcher(html).find()).as(page + " has an inline <script>").isFalse();
      assertThat(EVENT_HANDLER.matcher(html).find()).as(page + " has an on...= handler").isFalse();
      assertThat(html).as(page).doesNotContainIgnoringCase("javascript:");
    }
  }

  @Test
  void actuatorBeyondHealthNeedsTheToken() throws Exception {
    assertThat(http().get("/actuator/health").status()).isEqualTo(200);
    assertThat(http().get("/actuator/health/liveness").status()).isEqualTo(200);
    for (String path :
        List.of(
            "/actuator",
            "/actuator/info",
            "/actuator/env",
            "/actuator/beans",
            "/actuator/health/../env",
            "//actuator/env",
            "/actuator;x=y/env",
            "/actuator/%65nv",
            "/actuator/health/..;/env",
            "/./actuator/env")) {
      Http.Reply r = http().raw(path.getBytes(StandardCharsets.US_ASCII));
      assertThat(r.status()).as(path).isIn(400, 401);
      assertThat(r.contentType()).as(path).startsWith("application/problem+json");
    }
    Http.Reply withToken = http().get("/actuator/info", "Authorization", "Bearer " + TOKEN);
    assertThat(withToken.status()).isEqualTo(200);
    Http.Reply wrong = http().get("/actuator/info", "Authorization", "Bearer " + TOKEN + "x");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void writesNeedTheTokenAndReadsStayOpen() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      for (String path :
          List.of("/api/search", "/api/articles/x", "/api/index", "/actuator/shutdown")) {
        Http.Reply r = http().send(method, path, "{}", "Content-Type", "application/json");
        assertThat(r.status()).as(method + " " + path).isEqualTo(401);
        assertThat(r.contentType()).as(method + " " + path).startsWith("application/problem+json");
        assertThat(r.body()).contains("API token");
      }
    }
    Http.Reply authorised =
        http()
            .send(
                "POST",
                "/api/search",
                "{}",
                "X-API-Token",
                TOKEN,
                "Content-Type",
                "application/json");
    assertThat(authorised.status()).as("past the token check, MVC decides").isNotIn(401, 403);
    assertThat(http().get("/api/search?q=prison").status()).isEqualTo(200);
  }

  @Test
  void solrItselfIsNotReachableThroughTheApp() throws Exception {
    for (String path :
        List.of(
            "/solr/articles/select?q=*:*",
            "/solr/admin/cores",
            "/articles/select?q=*:*",
            "/api/solr/select",
            "/select?q=*:*",
            "/api/search/../../solr/articles/select")) {
      Http.Reply r = http().raw(path.getBytes(StandardCharsets.US_ASCII));
      assertThat(r.status()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("responseHeader").doesNotContain("numFound");
    }
  }

  /** A request a probe sends, and the 4xx it must get. */
  record Probe(int status, String method, String target, String... headers) {}

  static final List<Probe> ODD_REQUESTS =
      List.of(
          new Probe(400, "GET", "/actuator/health/x/.."),
          new Probe(400, "GET", "/actuator/health/.."),
          new Probe(400, "GET", "/actuator/health/x/%2e%2E"),
          new Probe(400, "GET", "/api/../actuator/health"),
          new Probe(400, "GET", "/api/%2E%2E/actuator/env"),
          new Probe(400, "GET", "/api/search/..;x=y"),
          new Probe(400, "GET", "/js/%2e%2e/index.html"),
          new Probe(400, "GET", "/./api/search"),
          new Probe(400, "GET", "/api%2Fsearch"),
          new Probe(400, "GET", "/api/search%00"),
          new Probe(400, "GET", "/api/search", "X-Long", "a".repeat(20_000)),
          new Probe(404, "GET", "/error"),
          new Probe(404, "GET", "/error?status=500"),
          new Probe(404, "GET", "/actuator/health/x"),
          new Probe(405, "TRACE", "/api/search"),
          new Probe(405, "TRACE", "/"),
          new Probe(405, "TRACE", "/actuator/health"),
          new Probe(416, "GET", "/index.html", "Range", "bytes=999999-"),
          new Probe(404, "GET", "/api/no-such-endpoint"),
          new Probe(406, "GET", "/api/search", "Accept", "application/xml"),
          new Probe(405, "POST", "/api/search", "Authorization", "Bearer " + TOKEN),
          new Probe(400, "CONNECT", "localhost:22"),
          new Probe(400, "GET", "/api/search", "Transfer-Encoding", "gzip"));

  /**
   * Traversal paths, the error page asked for directly, TRACE and the like: each a problem+json 4xx
   * and at most one log line, never a stack trace (the first used to answer 500 and log 9 KB).
   */
  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void oddRequestsAnswerProblem4xxAndLogAtMostOneLine(CapturedOutput output) throws Exception {
    assertThat(http().get("/actuator/health").status()).as("warm-up").isEqualTo(200);
    int logBytes = 0;
    for (Probe p : ODD_REQUESTS) {
      String as = p.method() + " " + p.target().substring(0, Math.min(60, p.target().length()));
      int before = output.getAll().length();
      Http.Reply r =
          http().raw(p.method(), p.target().getBytes(StandardCharsets.US_ASCII), p.headers());
      Thread.sleep(50); // a log line is written before the answer; give the console a moment anyway
      String logged = output.getAll().substring(before);
      logBytes += logged.length();
      assertThat(r.status()).as(as).isEqualTo(p.status());
      assertThat(r.contentType()).as(as).startsWith("application/problem+json");
      assertThat(r.body())
          .as(as)
          .contains("\"status\":" + p.status())
          .contains("\"type\":\"https://facetwire.io/problems/" + p.status())
          .doesNotContain("Exception");
      assertThat(logged.lines().count()).as(as + " logged: " + logged).isLessThanOrEqualTo(1);
      assertThat(logged).as(as).doesNotContain("\tat ");
    }
    LoggerFactory.getLogger(SecurityIT.class).warn("log capture check");
    assertThat(output.getAll())
        .as("the app's log is what is captured")
        .contains("log capture check");
    System.out.printf(
        "[reliability] odd requests: %d, each a problem+json 4xx; log %d bytes in all%n",
        ODD_REQUESTS.size(), logBytes);
  }

  /** The API document names no host: springdoc would otherwise copy whatever Host a client sent. */
  @Test
  void theApiDocumentDoesNotEchoTheHostHeader() throws Exception {
    Http.Reply r =
        http()
            .raw(
                "GET",
                "/v3/api-docs".getBytes(StandardCharsets.US_ASCII),
                "Host",
                "evil.example",
                "X-Forwarded-Host",
                "evil2.example");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"servers\"")
        .doesNotContain("evil.example")
        .doesNotContain("evil2.example");
  }

  static String directive(String csp, String name) {
    for (String d : csp.split(";")) {
      if (d.strip().startsWith(name + " ")) return d.strip();
    }
    return "";
  }
}
