package io.facetwire.indexer.cli;

import io.facetwire.solr.ArticleFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.common.SolrInputDocument;

/**
 * An index of schema 5, the configset commit 61f71dc shipped (test resources,
 * configsets/facetwire-5): its export copies were sorted docValues under the names schema 6 gave
 * another type. Three articles as that version's indexer wrote them; the *_dv copies are filled by
 * schema 5's copyFields.
 */
final class Schema5Index {
  private static final String ROOT = "/configsets/facetwire-5/conf/";
  private static final List<String> FILES =
      List.of("schema.xml", "solrconfig.xml", "lang/stopwords_en.txt");

  private Schema5Index() {}

  static void configset(Path confDir) throws IOException {
    for (String file : FILES) {
      Path target = confDir.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = open(file)) {
        Files.copy(in, target);
      }
    }
  }

  /** The configset as the ConfigSet API uploads it. */
  static byte[] configsetZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : FILES) {
        zip.putNextEntry(new ZipEntry(file));
        try (InputStream in = open(file)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static List<SolrInputDocument> articles() {
    return List.of(
        doc(
            "a1",
            "Harbour wall plans approved",
            List.of("Ana Lopez", "Tom Berg"),
            "2024-03-01T23:30:00Z",
            "2024-03-01"),
        doc(
            "a2",
            "Ferry timetable changes",
            List.of("Tom Berg"),
            "2024-03-02T08:00:00Z",
            "2024-03-02"),
        copyOf("a1", doc("a3", "Market reopens", List.of(), null, null)));
  }

  /** An article of another one's story (a syndicated copy, as far as the story id says). */
  private static SolrInputDocument copyOf(String story, SolrInputDocument d) {
    d.setField(ArticleFields.STORY_ID, story);
    return d;
  }

  private static InputStream open(String file) throws IOException {
    InputStream in = Schema5Index.class.getResourceAsStream(ROOT + file);
    if (in == null) throw new IOException("test resource missing: " + ROOT + file);
    return in;
  }

  private static SolrInputDocument doc(
      String id, String title, List<String> people, String date, String day) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ArticleFields.ID, id);
    d.setField(ArticleFields.URL, "https://news.example/" + id);
    d.setField(ArticleFields.TITLE, title);
    d.setField(ArticleFields.BODY, title + ". The full story of the day, as the paper printed it.");
    d.setField(ArticleFields.OUTLET, "Example News");
    d.setField(ArticleFields.STORY_ID, id);
    d.setField(ArticleFields.WORD_COUNT, 12);
    if (!people.isEmpty()) d.setField(ArticleFields.PEOPLE, people);
    if (date != null) {
      d.setField(ArticleFields.DATE, Date.from(Instant.parse(date)));
      d.setField(ArticleFields.DATE_DAY, day);
    }
    return d;
  }
}
