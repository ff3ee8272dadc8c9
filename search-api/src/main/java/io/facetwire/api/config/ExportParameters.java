package io.facetwire.api.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that writes rows as CSV or JSON lines and reads the export parameters ({@code
 * format}, {@code fields}, {@code provenance}) from its query string, as {@code /api/export} and a
 * snapshot's export do: the OpenAPI document describes them once ({@link ApiParameters}), so the
 * two cannot drift apart.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExportParameters {
  /** Also {@code snippets} (an export of a search; a snapshot has no query to highlight). */
  boolean snippets() default false;
}
