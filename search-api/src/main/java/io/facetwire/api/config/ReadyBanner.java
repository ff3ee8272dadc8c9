package io.facetwire.api.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the researcher where to point the browser once everything, seeds included, is ready. */
@Component
class ReadyBanner {
  private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web
        && web.getWebServer() != null) {
      String url = "http://localhost:" + web.getWebServer().getPort() + "/";
      log.info("Facetwire is ready: open {}", url);
      System.out.println("\n  Facetwire is ready: open " + url + "\n");
    }
  }
}
