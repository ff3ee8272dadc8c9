package io.facetwire.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Access rules and browser hardening on the running app: what needs the API token, what stays open,
 * and the headers every page and answer carries.
 */
class SecurityIT extends ReliabilityApp {
  static final Pattern INLINE_SCRIPT = Pattern.compile("(?is)<script(?![^>]*\\bsrc=)[^>]*>");
  static final Pattern EVENT_HANDLER = Pattern.compile("(?i)\\son[a-z]+\\s*=");

  @Test
  void pagesAndAnswersCarryTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/index.html", "/article.html", "/js/search.js", "/api/search?q=prison",
        "/api/articles/nope", "/api/search?size=0", "/no-such-page")) {
      Http.Reply r = http().get(path);
      String csp = r.header("Content-Security-Policy");
      assertThat(csp).as(path).isNotNull().contains("script-src 'self'").contains("frame-ancestors 'none'")
          .contains("object-src 'none'");
      assertThat(directive(csp, "script-src")).as(path).doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'");
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
    for (String path : List.of("/actuator", "/actuator/info", "/actuator/env", "/actuator/beans", "/actuator/health/../env",
        "//actuator/env", "/actuator;x=y/env", "/actuator/%65nv", "/actuator/health/..;/env", "/./actuator/env")) {
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
      for (String path : List.of("/api/search", "/api/articles/x", "/api/index", "/actuator/shutdown")) {
        Http.Reply r = http().send(method, path, "{}", "Content-Type", "application/json");
        assertThat(r.status()).as(method + " " + path).isEqualTo(401);
        assertThat(r.contentType()).as(method + " " + path).startsWith("application/problem+json");
        assertThat(r.body()).contains("API token");
      }
    }
    Http.Reply authorised = http().send("POST", "/api/search", "{}", "X-API-Token", TOKEN, "Content-Type", "application/json");
    assertThat(authorised.status()).as("past the token check, MVC decides").isNotIn(401, 403);
    assertThat(http().get("/api/search?q=prison").status()).isEqualTo(200);
  }

  @Test
  void solrItselfIsNotReachableThroughTheApp() throws Exception {
    for (String path : List.of("/solr/articles/select?q=*:*", "/solr/admin/cores", "/articles/select?q=*:*",
        "/api/solr/select", "/select?q=*:*", "/api/search/../../solr/articles/select")) {
      Http.Reply r = http().raw(path.getBytes(StandardCharsets.US_ASCII));
      assertThat(r.status()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("responseHeader").doesNotContain("numFound");
    }
  }

  static String directive(String csp, String name) {
    for (String d : csp.split(";")) {
      if (d.strip().startsWith(name + " ")) return d.strip();
    }
    return "";
  }
}
