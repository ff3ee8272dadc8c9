package io.facetwire.api.security;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Replaces the HTML error report valve that Boot puts on Tomcat's host with {@link
 * ProblemErrorReportValve}. Runs after Boot's own customizer, which adds the HTML one.
 */
@Component
class TomcatErrorReports
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            // Otherwise the host adds its default (HTML) valve again when it starts.
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
          }
          var pipeline = context.getParent().getPipeline();
          for (Valve v : pipeline.getValves()) {
            if (v instanceof ErrorReportValve && !(v instanceof ProblemErrorReportValve))
              pipeline.removeValve(v);
          }
          pipeline.addValve(new ProblemErrorReportValve());
        });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
