/**
 * One article with its full text ({@code /api/articles/{id}}), its similar articles and the other
 * copies of its story.
 */
package io.facetwire.api.article;
