package io.facetwire.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedRequestFilterTest {

  @Test
  void dotSegmentsAreFoundEncodedOrNotAndWithPathParameters() {
    for (String path :
        new String[] {
          "/actuator/health/x/..",
          "/actuator/health/..",
          "/api/../actuator",
          "/./api",
          "/api/%2e%2e/x",
          "/api/%2E%2e/x",
          "/api/.%2E",
          "/api/%2e",
          "/api/..;x=y/env",
          "/a/.;/b"
        }) {
      assertThat(MalformedRequestFilter.hasDotSegment(path)).as(path).isTrue();
    }
  }

  @Test
  void dotsInsideNamesAreFine() {
    for (String path :
        new String[] {
          "/",
          "/index.html",
          "/js/search.js",
          "/api/articles/a..b",
          "/api/people/J.%20Doe",
          "/api/people/...",
          "/api/articles/.hidden",
          "/api/search;jsessionid=x"
        }) {
      assertThat(MalformedRequestFilter.hasDotSegment(path)).as(path).isFalse();
    }
  }
}
