package io.facetwire.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The access rules for each combination of configured tokens. */
class ApiTokenFilterTest {

  static int status(SecurityProperties props, String method, String path, String token)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setServletPath(path);
    if (token != null) request.addHeader("Authorization", "Bearer " + token);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    new ApiTokenFilter(props).doFilter(request, response, chain);
    return chain.getRequest() == null ? response.getStatus() : 200;
  }

  static SecurityProperties props(String apiToken, String readToken) {
    return new SecurityProperties(apiToken, readToken, SecurityProperties.DEFAULT_CSP);
  }

  @Test
  void withoutAnyTokenReadsAreOpenAndEverythingElseIsClosed() throws Exception {
    SecurityProperties none = props("", "");
    assertThat(status(none, "GET", "/api/search", null)).isEqualTo(200);
    assertThat(status(none, "GET", "/actuator/health", null)).isEqualTo(200);
    assertThat(status(none, "GET", "/actuator/env", null)).isEqualTo(403);
    assertThat(status(none, "GET", "/actuator/env", "")).isEqualTo(403);
    assertThat(status(none, "POST", "/api/index", "anything")).isEqualTo(403);
    assertThat(status(none, "DELETE", "/api/articles/x", null)).isEqualTo(403);
  }

  @Test
  void theApiTokenOpensWritesAndActuator() throws Exception {
    SecurityProperties api = props("s3cret", "");
    assertThat(status(api, "POST", "/api/index", "s3cret")).isEqualTo(200);
    assertThat(status(api, "POST", "/api/index", "s3cre")).isEqualTo(401);
    assertThat(status(api, "POST", "/api/index", null)).isEqualTo(401);
    assertThat(status(api, "GET", "/actuator/metrics", "s3cret")).isEqualTo(200);
    assertThat(status(api, "GET", "/actuator/health/readiness", null)).isEqualTo(200);
    assertThat(status(api, "GET", "/api/search", null)).isEqualTo(200);
  }

  @Test
  void aReadTokenPutsTheReadApiBehindIt() throws Exception {
    SecurityProperties read = props("s3cret", "reader");
    assertThat(status(read, "GET", "/api/search", null)).isEqualTo(401);
    assertThat(status(read, "GET", "/api/search", "reader")).isEqualTo(200);
    assertThat(status(read, "GET", "/api/search", "s3cret")).isEqualTo(200);
    assertThat(status(read, "POST", "/api/index", "reader")).isEqualTo(401);
    assertThat(status(read, "GET", "/", null))
        .as("the page itself loads; its API calls need the token")
        .isEqualTo(200);
    assertThat(status(read, "GET", "/actuator/health", null)).isEqualTo(200);
  }

  @Test
  void actuatorPathsAreRecognisedWhateverTheirShape() {
    assertThat(ApiTokenFilter.isProtectedActuator("/actuator")).isTrue();
    assertThat(ApiTokenFilter.isProtectedActuator("/actuator/")).isTrue();
    assertThat(ApiTokenFilter.isProtectedActuator("/actuator/env")).isTrue();
    assertThat(ApiTokenFilter.isProtectedActuator("/actuator/healthx")).isTrue();
    assertThat(ApiTokenFilter.isProtectedActuator("/actuator/health")).isFalse();
    assertThat(ApiTokenFilter.isProtectedActuator("/actuator/health/")).isFalse();
    assertThat(ApiTokenFilter.isProtectedActuator("/actuator/health/liveness")).isFalse();
    assertThat(ApiTokenFilter.isProtectedActuator("/api/search")).isFalse();
  }
}
