package io.facetwire.api.config;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** CORS (off unless configured) and conditional GETs for {@code /api}. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {
  private final CorsProperties cors;

  WebConfig(CorsProperties cors) {
    this.cors = cors;
  }

  @Override
  public void addCorsMappings(CorsRegistry registry) {
    if (cors.allowedOrigins().isEmpty()) return;
    registry.addMapping("/api/**").allowedOrigins(cors.allowedOrigins().toArray(String[]::new))
        .allowedMethods("GET", "HEAD").exposedHeaders("ETag", "Content-Disposition").maxAge(3600);
  }

  @Bean
  FilterRegistrationBean<ApiEtagFilter> apiEtagFilter() {
    FilterRegistrationBean<ApiEtagFilter> bean = new FilterRegistrationBean<>(new ApiEtagFilter());
    bean.addUrlPatterns("/api/*");
    bean.setDispatcherTypes(DispatcherType.REQUEST);
    return bean;
  }
}
