package io.facetwire.bench.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.jsoup.nodes.Entities;

/**
 * Writes each story twice: as a saved news page (with the metadata, navigation and sidebars real
 * pages have, so the extractor does real work) under {@code html/NNNN/}, 1,000 per folder, and as
 * one JSON line in {@code jsonl/articles-NNNN.jsonl}, 10,000 per file. Streams: nothing is kept.
 */
final class CorpusWriter implements AutoCloseable {
  static final int PER_FOLDER = 1_000;
  static final int PER_JSONL_FILE = 10_000;
  private static final JsonFactory JSON = new JsonFactory();
  private final Path html;
  private final Path jsonl;
  private int written;
  private long htmlBytes;
  private OutputStream jsonOut;
  private JsonGenerator json;

  CorpusWriter(Path out) throws IOException {
    html = Files.createDirectories(out.resolve("html"));
    jsonl = Files.createDirectories(out.resolve("jsonl"));
  }

  void write(Story s) throws IOException {
    Path folder = html.resolve(String.format("%04d", written / PER_FOLDER));
    if (written % PER_FOLDER == 0) Files.createDirectories(folder);
    byte[] page = page(s).getBytes(StandardCharsets.UTF_8);
    Files.write(folder.resolve(s.id() + ".html"), page);
    htmlBytes += page.length;
    if (written % PER_JSONL_FILE == 0) nextJsonFile();
    json.writeStartObject();
    json.writeStringField("id", s.id());
    json.writeStringField("url", s.url());
    json.writeStringField("title", s.title());
    json.writeStringField("date", s.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    json.writeStringField("outlet", s.outlet());
    json.writeStringField("byline", s.byline());
    json.writeStringField("text", s.body());
    json.writeEndObject();
    written++;
  }

  long htmlBytes() {
    return htmlBytes;
  }

  private void nextJsonFile() throws IOException {
    closeJson();
    jsonOut =
        Files.newOutputStream(
            jsonl.resolve(String.format("articles-%04d.jsonl", written / PER_JSONL_FILE)));
    json = JSON.createGenerator(new java.io.BufferedOutputStream(jsonOut, 1 << 16));
    json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
  }

  static String page(Story s) {
    String title = Entities.escape(s.title());
    String outlet = Entities.escape(s.outlet());
    String date = s.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    StringBuilder b = new StringBuilder(s.body().length() + 2048);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(title)
        .append(" | ")
        .append(outlet)
        .append("</title>\n<meta property=\"og:title\" content=\"")
        .append(title)
        .append("\">\n")
        .append("<meta property=\"og:site_name\" content=\"")
        .append(outlet)
        .append("\">\n")
        .append("<meta property=\"og:url\" content=\"")
        .append(Entities.escape(s.url()))
        .append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"")
        .append(date)
        .append("\">\n")
        .append("<meta name=\"author\" content=\"")
        .append(Entities.escape(s.byline()))
        .append("\">\n")
        .append("<link rel=\"canonical\" href=\"")
        .append(Entities.escape(s.url()))
        .append("\">\n")
        .append("<script>window.dataLayer=[];</script></head>\n<body>\n")
        .append("<header class=\"masthead\"><a href=\"/\">")
        .append(outlet)
        .append("</a>\n<nav><ul>")
        .append("<li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a></li>")
        .append(
            "<li><a href=\"/business\">Business</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav></header>\n")
        .append("<main><article>\n<h1>")
        .append(title)
        .append("</h1>\n")
        .append("<p class=\"byline\">By ")
        .append(Entities.escape(s.byline()))
        .append(" · <time datetime=\"")
        .append(date)
        .append("\">")
        .append(s.published().toLocalDate())
        .append("</time></p>\n")
        .append(
            "<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Post</a></div>\n<div class=\"article-body\">\n");
    for (String p : s.paragraphs()) b.append("<p>").append(Entities.escape(p)).append("</p>\n");
    b.append("</div>\n</article>\n<aside class=\"related\"><h2>Related</h2><ul>")
        .append("<li><a href=\"/a\">More stories from ")
        .append(outlet)
        .append("</a></li>")
        .append("<li><a href=\"/b\">Most read today</a></li></ul></aside></main>\n")
        .append("<footer><p>© ")
        .append(outlet)
        .append(". A synthetic page generated for Facetwire benchmarks.</p>")
        .append(
            "<div class=\"cookie-banner\">We use cookies. <button>Accept</button></div></footer>\n</body></html>\n");
    return b.toString();
  }

  private void closeJson() throws IOException {
    if (json != null) {
      json.writeRaw('\n');
      json.close();
    }
  }

  @Override
  public void close() throws IOException {
    closeJson();
  }
}
