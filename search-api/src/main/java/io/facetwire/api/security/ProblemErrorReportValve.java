package io.facetwire.api.security;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page, for requests it rejects before the application sees them (an over-long
 * request line, {@code %00} or {@code ..} in the path, bytes that are not a URL): a bare problem+json
 * instead of an HTML page, so clients get one error format whatever failed.
 */
class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
    try {
      response.resetBuffer();
      Problems.write(response, status);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response already committed: nothing more to tell it
    }
  }
}
