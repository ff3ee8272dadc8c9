package io.facetwire.api.security;

import io.facetwire.api.error.Problems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page ({@code /error}), replacing Boot's, which answered its own JSON shape
 * for errors MVC never saw (TRACE, which Tomcat refuses; an unsatisfiable {@code Range} on a page;
 * an exception escaping a filter) and {@code 500 {"status":999}} to anyone who asked for {@code
 * /error} directly. Here every such answer is a problem with the container's status, and a direct
 * request is a 404 like any other unknown address. One log line, for server errors only.
 */
@Controller
class ProblemErrorController implements ErrorController {
  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

  @RequestMapping("${server.error.path:/error}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (request.getDispatcherType() != DispatcherType.ERROR
        || !(code instanceof Integer status)
        || status < 400) {
      Problems.write(response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (status >= 500
        && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e) {
      log.warn(
          "{} {} failed: {}",
          request.getMethod(),
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          e.toString());
    }
    Problems.write(response, status);
  }
}
