package io.facetwire.api.facet;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.DateBucket;
import io.facetwire.solr.FacetField;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/facets}: the schema contract as the page needs it: the facets (name, filter
 * parameter, labels, whether a value has an entity page) and the format of each date bucket's keys.
 * The page reads this instead of keeping its own copy, so a facet added to {@link FacetField}
 * appears everywhere at once.
 */
@RestController
class FacetListController {
  /**
   * Facets whose values have a page of their own ({@code /entity.html?kind=person|topic|org},
   * served by {@code /api/people|topics|orgs/{name}}).
   */
  private static final Set<FacetField> ENTITIES =
      Set.of(FacetField.PEOPLE, FacetField.TOPICS, FacetField.ORGS);

  /**
   * One facet: {@code key} names it in the search's {@code facets}, {@code param} filters by it
   * ({@code -param} excludes), {@code entity} is the kind of page its values have (or null), {@code
   * codes} says its values are codes shown by name (languages).
   */
  record Facet(String key, String param, String label, String one, String entity, boolean codes) {}

  /** The facets in the order the page lists them, the date-bucket key formats, the schema. */
  record FacetList(List<Facet> facets, Map<String, String> dateKeys, String schema) {}

  private static final FacetList LIST =
      new FacetList(
          Arrays.stream(FacetField.values())
              .map(
                  f ->
                      new Facet(
                          f.publicName,
                          f.param,
                          f.label,
                          f.one,
                          ENTITIES.contains(f) ? f.param : null,
                          f == FacetField.LANG))
              .toList(),
          dateKeys(),
          ArticleFields.SCHEMA_NAME);

  @Operation(
      operationId = "facetList",
      summary = "The facets and date-bucket key formats",
      description =
          "Every facet the API offers (its key in a search's facets, its filter parameter, labels "
              + "and whether its values have an entity page) and, per histogram interval, a regular "
              + "expression for its bucket keys (a week is 2024-W10, the ISO week).")
  @GetMapping(value = "/api/facets", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<FacetList> list() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .body(LIST);
  }

  private static Map<String, String> dateKeys() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (DateBucket b : DateBucket.values()) keys.put(b.publicName(), b.pattern);
    return keys;
  }
}
