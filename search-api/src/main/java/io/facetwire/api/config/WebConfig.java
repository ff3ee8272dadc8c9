package io.facetwire.api.config;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Conditional GETs for {@code /api}. CORS is a filter in front of the token check (security). */
@Configuration(proxyBeanMethods = false)
class WebConfig {
  @Bean
  FilterRegistrationBean<ApiEtagFilter> apiEtagFilter() {
    FilterRegistrationBean<ApiEtagFilter> bean = new FilterRegistrationBean<>(new ApiEtagFilter());
    bean.addUrlPatterns("/api/*");
    bean.setDispatcherTypes(DispatcherType.REQUEST);
    return bean;
  }
}
