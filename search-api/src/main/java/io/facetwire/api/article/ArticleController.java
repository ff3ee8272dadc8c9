package io.facetwire.api.article;

import io.facetwire.api.error.NotFoundException;
import io.facetwire.api.query.Params;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/articles/{id}}: one article with its full text, similar articles and syndicated
 * copies; {@code GET /api/articles/{id}/copies}: those copies compared word by word.
 */
@RestController
@RequestMapping("/api/articles")
class ArticleController {
  private final ArticleService articles;
  private final ArticleCopies copies;

  ArticleController(ArticleService articles, ArticleCopies copies) {
    this.articles = articles;
    this.copies = copies;
  }

  @Operation(
      operationId = "article",
      summary = "One article",
      description =
          "Full text and metadata, similar articles (MoreLikeThis) and the other copies of its story.")
  @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ArticleView get(
      @Parameter(
              description = "Article id, as search results give it",
              example = "fd7de0042f6ceff32c16")
          @PathVariable
          String id)
      throws Exception {
    return articles.get(checked(id));
  }

  @Operation(
      operationId = "articleCopies",
      summary = "The copies of an article's story, compared",
      description =
          "Every copy of the article's story (syndicated or near-duplicate, same story id), oldest first, "
              + "each with a word diff of its body against the first: runs of same, added, removed and changed words "
              + "(changed carries the first copy's words as was). Bodies longer than 8000 characters are compared by "
              + "their beginning (truncated). At most 50 copies (more says there are others); copies left when comparing "
              + "took 3 s have no diff.")
  @GetMapping(value = "/{id}/copies", produces = MediaType.APPLICATION_JSON_VALUE)
  CopiesView copies(
      @Parameter(
              description = "Article id, as search results give it",
              example = "fd7de0042f6ceff32c16")
          @PathVariable
          String id)
      throws Exception {
    return copies.of(checked(id));
  }

  private static String checked(String id) {
    if (!id.matches("[A-Za-z0-9_.:-]{1,128}"))
      throw new NotFoundException("no article with id '" + Params.abbreviate(id) + "'");
    return id;
  }
}
