package io.facetwire.api.fair;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a limit looks at: the container's decoded, normalised servlet path, as the token check
 * uses, so that {@code //api/search} or {@code /%61pi/export} cannot slip past a limit.
 */
final class Paths {
  private Paths() {}

  static String of(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }
}
