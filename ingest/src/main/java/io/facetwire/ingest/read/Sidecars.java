package io.facetwire.ingest.read;

import io.facetwire.ingest.extract.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Metadata kept beside article files: {@code NAME.json} next to {@code NAME.txt}, or a {@code
 * manifest.csv} in the folder mapping file names to url, title, date and outlet. The sidecar wins
 * over the manifest, and both win over what the file itself says. Manifests are cached per folder
 * (a few at a time: inputs arrive folder by folder).
 */
final class Sidecars {
  static final String MANIFEST = "manifest.csv";
  private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm");
  private static final List<String> FILE_COLUMNS =
      List.of("file", "filename", "file_name", "path", "name");
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final int CACHED_FOLDERS = 16;
  private final Map<Path, Map<String, Map<String, String>>> manifests =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
            Map.Entry<Path, Map<String, Map<String, String>>> eldest) {
          return size() > CACHED_FOLDERS;
        }
      };

  /** The article file a {@code NAME.json} describes, if there is one. */
  static Optional<Path> articleFileFor(Path json) {
    String name = json.getFileName().toString();
    String base = name.substring(0, name.length() - ".json".length());
    for (String ext : ARTICLE_EXTENSIONS) {
      Path p = json.resolveSibling(base + ext);
      if (Files.isRegularFile(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** Lower-cased metadata columns for an article file; empty when it has none. */
  Map<String, String> metadataFor(Path file) throws IOException {
    Map<String, String> meta = new HashMap<>();
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Map<String, String> row = manifest(folder).get(file.getFileName().toString());
      if (row != null) meta.putAll(row);
    }
    String name = Streams.innerName(file.getFileName().toString());
    int dot = name.lastIndexOf('.');
    Path sidecar = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    if (Files.isRegularFile(sidecar)) meta.putAll(readSidecar(sidecar));
    return meta;
  }

  private static Map<String, String> readSidecar(Path sidecar) throws IOException {
    JsonNode node;
    try {
      node = JSON.readTree(sidecar.toFile());
    } catch (JacksonException e) { // unreadable or not JSON
      throw new BadInputException(
          "broken sidecar " + sidecar.getFileName() + ": " + e.getMessage());
    }
    if (node == null || !node.isObject())
      throw new BadInputException("sidecar " + sidecar.getFileName() + " is not a JSON object");
    return JsonValues.flatten(node);
  }

  private Map<String, Map<String, String>> manifest(Path folder) throws IOException {
    synchronized (manifests) {
      Map<String, Map<String, String>> m = manifests.get(folder);
      if (m == null) {
        m = readManifest(folder.resolve(MANIFEST));
        manifests.put(folder, m);
      }
      return m;
    }
  }

  private static Map<String, Map<String, String>> readManifest(Path csv) throws IOException {
    if (!Files.isRegularFile(csv)) return Map.of();
    Map<String, Map<String, String>> rows = new HashMap<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, format)) {
      for (CSVRecord rec : p) {
        Map<String, String> row = new HashMap<>();
        rec.toMap().forEach((k, v) -> row.put(k.strip().toLowerCase(Locale.ROOT), v));
        String file =
            FILE_COLUMNS.stream()
                .map(row::get)
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse(null);
        if (file != null) rows.put(Path.of(file).getFileName().toString(), row);
      }
    }
    return rows;
  }
}
