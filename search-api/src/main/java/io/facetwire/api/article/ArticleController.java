package io.facetwire.api.article;

import io.facetwire.api.config.NotFoundException;
import io.facetwire.api.search.Params;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/articles/{id}}: one article with its full text, similar articles and syndicated copies. */
@RestController
@RequestMapping("/api/articles")
class ArticleController {
  private final ArticleService articles;

  ArticleController(ArticleService articles) {
    this.articles = articles;
  }

  @Operation(operationId = "article", summary = "One article",
      description = "Full text and metadata, similar articles (MoreLikeThis) and the other copies of its story.")
  @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ArticleView get(@Parameter(description = "Article id, as search results give it", example = "fd7de0042f6ceff32c16")
      @PathVariable String id) throws Exception {
    if (!id.matches("[A-Za-z0-9_.:-]{1,128}")) throw new NotFoundException("no article with id '" + Params.abbreviate(id) + "'");
    return articles.get(id);
  }
}
