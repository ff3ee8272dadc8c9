package io.facetwire.api.error;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@code application/problem+json} answer from where Spring MVC's exception handling
 * cannot help: servlet filters and the container's own error reporting. Same shape as the API's
 * problems.
 */
public final class Problems {
  private Problems() {}

  /** The title and a detail a caller can act on, for a status the app did not choose itself. */
  public static void write(HttpServletResponse response, int status) throws IOException {
    HttpStatus known = HttpStatus.resolve(status);
    write(response, status, known == null ? "Error" : known.getReasonPhrase(), detail(status));
  }

  private static String detail(int status) {
    return switch (status) {
      case 404 -> "there is no page or API endpoint at this address";
      case 405 -> "this method is not allowed here; the API answers GET and HEAD";
      case 406 -> "the answer cannot be given in a format the Accept header allows";
      case 416 -> "the requested byte range cannot be served";
      default ->
          status < 500
              ? "the request could not be read: check the URL (encoding, length, path) and headers"
              : "the server could not answer this request";
    };
  }

  public static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "https://facetwire.io/problems/" + status);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    response.setStatus(status);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
  }
}
