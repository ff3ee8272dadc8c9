package io.facetwire.api.article;

import io.facetwire.api.query.Docs;
import java.util.List;

/**
 * An article as the API shows it, with what a researcher checks next: similar coverage and the
 * syndicated copies of the same story.
 *
 * @param similar other stories with similar text (MoreLikeThis over title and body)
 * @param copies other articles of the same story (syndicated or near-duplicate), oldest first
 */
record ArticleView(
    String id,
    String title,
    String url,
    String outlet,
    String date,
    String byline,
    String lang,
    String source,
    List<String> people,
    List<String> topics,
    List<String> orgs,
    List<String> places,
    Integer wordCount,
    String body,
    List<Docs.ArticleRef> similar,
    List<Docs.ArticleRef> copies,
    long tookMs) {}
