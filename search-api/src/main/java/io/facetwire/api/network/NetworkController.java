package io.facetwire.api.network;

import io.facetwire.api.config.ScopeParameters;
import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Params;
import io.facetwire.api.query.Scope;
import io.facetwire.solr.FacetField;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/network}: who is mentioned with whom in the matching articles, as JSON or as a
 * GEXF or GraphML download for Gephi or networkx.
 */
@RestController
class NetworkController {
  static final int MAX_LIMIT = 100;
  static final MediaType GEXF = MediaType.parseMediaType("application/gexf+xml");
  static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml");
  private final NetworkService network;

  NetworkController(NetworkService network) {
    this.network = network;
  }

  @Operation(
      operationId = "network",
      summary = "Co-mention network",
      description =
          "The most mentioned people and organisations (or places, topics) of the matching articles and how "
              + "often each pair is named in the same article. relatedness (-1 to 1) says how much more often the pair "
              + "appears together than chance would have it among the matching articles. format=gexf or graphml downloads "
              + "the same graph as a file.")
  @Parameters({
    @Parameter(
        name = "limit",
        in = ParameterIn.QUERY,
        description = "Most nodes, 2 to " + MAX_LIMIT,
        example = "50",
        schema =
            @Schema(
                type = "integer",
                minimum = "2",
                maximum = "" + MAX_LIMIT,
                defaultValue = "50")),
    @Parameter(
        name = "kinds",
        in = ParameterIn.QUERY,
        description = "Comma-separated: person, org, place, topic",
        example = "person,org",
        schema = @Schema(type = "string", defaultValue = "person,org")),
    @Parameter(
        name = "format",
        in = ParameterIn.QUERY,
        description = "json (default), gexf or graphml",
        example = "json",
        schema =
            @Schema(
                type = "string",
                allowableValues = {"json", "gexf", "graphml"}))
  })
  @ScopeParameters
  @GetMapping(
      value = "/api/network",
      produces = {
        MediaType.APPLICATION_JSON_VALUE,
        "application/gexf+xml",
        "application/graphml+xml"
      })
  ResponseEntity<?> network(
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    String format = Params.one(params, "format");
    format = format == null ? "json" : format.toLowerCase(Locale.ROOT);
    if (!List.of("json", "gexf", "graphml").contains(format)) {
      throw new BadRequestException(
          "format must be json, gexf or graphml (got '" + Params.abbreviate(format) + "')");
    }
    int limit = Params.bounded(params, "limit", 50, 2, MAX_LIMIT);
    Graph g = network.build(Scope.from(params), kinds(Params.one(params, "kinds")), limit);
    if (format.equals("json"))
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(g);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (format.equals("gexf")) GraphFiles.gexf(g, out);
    else GraphFiles.graphml(g, out);
    return ResponseEntity.ok()
        .contentType(format.equals("gexf") ? GEXF : GRAPHML)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("facetwire-network." + format)
                .build()
                .toString())
        .body(out.toByteArray());
  }

  static List<FacetField> kinds(String raw) {
    if (raw == null) return List.of(FacetField.PEOPLE, FacetField.ORGS);
    List<FacetField> out = new ArrayList<>();
    for (String k : raw.split(",")) {
      String name = k.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) continue;
      FacetField f =
          Arrays.stream(FacetField.values())
              .filter(x -> x.param.equals(name) && x != FacetField.OUTLET)
              .findFirst()
              .orElseThrow(
                  () ->
                      new BadRequestException(
                          "kinds must name person, org, place or topic (got '"
                              + Params.abbreviate(name)
                              + "')"));
      if (!out.contains(f)) out.add(f);
    }
    if (out.isEmpty())
      throw new BadRequestException("kinds must name at least one of person, org, place, topic");
    return out;
  }
}
