package io.facetwire.api.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * People and topics share one page, {@code entity.html?kind=...}; links saved from the former
 * {@code person.html} and {@code topic.html} still open it, with their query string (name, group).
 */
@Configuration(proxyBeanMethods = false)
class EntityPageRedirects implements WebMvcConfigurer {
  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry
        .addRedirectViewController("/person.html", "/entity.html?kind=person")
        .setKeepQueryParams(true)
        .setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    registry
        .addRedirectViewController("/topic.html", "/entity.html?kind=topic")
        .setKeepQueryParams(true)
        .setStatusCode(HttpStatus.MOVED_PERMANENTLY);
  }
}
