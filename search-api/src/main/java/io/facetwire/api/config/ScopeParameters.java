package io.facetwire.api.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that reads the shared search parameters (q, facet selections and exclusions,
 * from/to) from its query string. Endpoints bind them as one map and validate them in one place;
 * this annotation is how the OpenAPI document still lists every one of them, documented once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ScopeParameters {
  /** Also sort, page, size, interval and group (the search endpoint). */
  boolean paging() default false;

  /** Also sort (export). */
  boolean sort() default false;

  /** Also interval (entity timelines). */
  boolean interval() default false;

  /** Also normalize, first (the timeline and the comparison). */
  boolean normalize() default false;
}
