package io.facetwire.api.search;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: full-text search with facets, filters and highlighted snippets. */
@RestController
@RequestMapping("/api")
class SearchController {
  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @GetMapping("/search")
  SearchResponse search(
      @RequestParam(required = false) String q,
      @RequestParam(name = "person", required = false) List<String> people,
      @RequestParam(name = "topic", required = false) List<String> topics,
      @RequestParam(name = "outlet", required = false) List<String> outlets,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) throws Exception {
    return search.search(SearchParams.of(q, people, topics, outlets, from, to, sort, page, size));
  }
}
