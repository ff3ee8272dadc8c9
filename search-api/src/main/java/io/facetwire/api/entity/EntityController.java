package io.facetwire.api.entity;

import io.facetwire.api.config.ScopeParameters;
import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.DateInterval;
import io.facetwire.api.query.Params;
import io.facetwire.api.query.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/people/{name}}, {@code GET /api/topics/{name}} and {@code GET /api/orgs/{name}}:
 * an entity's page, scoped by the search parameters.
 */
@RestController
class EntityController {
  static final int MAX_NAME = 300;
  private final EntityService entities;

  EntityController(EntityService entities) {
    this.entities = entities;
  }

  @Operation(
      operationId = "person",
      summary = "A person's page",
      description =
          "Mentions, timeline, co-mentioned people ranked by relatedness, top topics, outlets and latest "
              + "articles, under the optional query and filters. 404 when nobody of that name is in the index.")
  @ScopeParameters(interval = true)
  @GetMapping(value = "/api/people/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
  EntityView person(
      @Parameter(description = "Exact name, as the people facet shows it", example = "Nayib Bukele")
          @PathVariable
          String name,
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    return describe(EntityKind.PERSON, name, params);
  }

  @Operation(
      operationId = "topic",
      summary = "A topic's page",
      description =
          "The same page for a topic; co-mentioned people are ranked by relatedness to the topic.")
  @ScopeParameters(interval = true)
  @GetMapping(value = "/api/topics/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
  EntityView topic(
      @Parameter(description = "Exact topic, as the topics facet shows it", example = "Migration")
          @PathVariable
          String name,
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    return describe(EntityKind.TOPIC, name, params);
  }

  @Operation(
      operationId = "org",
      summary = "An organisation's page",
      description =
          "The same page for an organisation; co-mentioned people are ranked by relatedness to it.")
  @ScopeParameters(interval = true)
  @GetMapping(value = "/api/orgs/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
  EntityView org(
      @Parameter(
              description = "Exact organisation, as the organisations facet shows it",
              example = "United Nations")
          @PathVariable
          String name,
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    return describe(EntityKind.ORG, name, params);
  }

  private EntityView describe(EntityKind kind, String name, MultiValueMap<String, String> params)
      throws Exception {
    String n = name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME) {
      throw new BadRequestException(
          kind.publicName
              + " name must be 1 to "
              + MAX_NAME
              + " characters (got '"
              + Params.abbreviate(n)
              + "')");
    }
    return entities.describe(
        kind,
        n,
        Scope.from(params),
        DateInterval.parse(Params.one(params, "interval")),
        Counting.from(params));
  }
}
