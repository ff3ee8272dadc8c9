package io.facetwire.api.security;

import io.facetwire.api.error.Problems;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page, for requests it rejects before the application sees them (an over-long
 * request line, {@code %00} or {@code ..} in the path, bytes that are not a URL): a bare
 * problem+json instead of an HTML page, so clients get one error format whatever failed. Tomcat's
 * 501 and 505 for protocol it does not speak become 400: they are bad requests, not server faults.
 */
class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
    if (throwable == null && (status == 501 || status == 505)) {
      // A method (CONNECT), transfer coding or HTTP version Tomcat does not speak: the client's
      // mistake, which monitoring should not count as a server error.
      status = 400;
      response.setStatus(status);
    }
    try {
      response.resetBuffer();
      Problems.write(response, status);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response already committed: nothing more to tell it
    }
  }
}
