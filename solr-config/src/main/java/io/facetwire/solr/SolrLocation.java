package io.facetwire.solr;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where Solr is, parsed from the single {@code facetwire.solr.url} setting shared by the indexer
 * and the API. One string covers every deployment so that moving from a laptop to SolrCloud is a
 * configuration change, not a code change.
 *
 * <ul>
 *   <li>{@code embedded:./data/solr}: Solr in this JVM, index in that directory;
 *   <li>{@code http://host:8983/solr/articles}: one standalone core;
 *   <li>{@code zk://zk1:2181,zk2:2181/chroot/articles}: SolrCloud via ZooKeeper;
 *   <li>{@code cloud:http://host1:8983/solr,http://host2:8983/solr/articles}: SolrCloud via nodes.
 * </ul>
 */
public record SolrLocation(
    Kind kind, Path embeddedDir, List<String> urls, String zkChroot, String collection) {

  public static final String DEFAULT = "embedded:./data/solr";

  public enum Kind {
    EMBEDDED,
    HTTP,
    CLOUD_ZK,
    CLOUD_HTTP
  }

  public static SolrLocation parse(String value) {
    String v = value == null || value.isBlank() ? DEFAULT : value.strip();
    try {
      if (v.startsWith("embedded:")) {
        String dir = v.substring("embedded:".length());
        if (dir.isBlank()) throw new IllegalArgumentException("the directory is missing");
        return new SolrLocation(
            Kind.EMBEDDED,
            Path.of(dir).toAbsolutePath().normalize(),
            List.of(),
            null,
            ArticleFields.COLLECTION);
      }
      if (v.startsWith("zk://")) {
        String rest = v.substring("zk://".length());
        int slash = rest.indexOf('/');
        if (slash < 0)
          throw new IllegalArgumentException(
              "expected zk://host:port[,host:port]/[chroot/]collection");
        List<String> hosts = splitList(rest.substring(0, slash));
        String path = rest.substring(slash + 1);
        int last = path.lastIndexOf('/');
        String collection = last < 0 ? path : path.substring(last + 1);
        String chroot = last < 0 ? null : "/" + path.substring(0, last);
        return new SolrLocation(Kind.CLOUD_ZK, null, hosts, chroot, requireName(collection));
      }
      if (v.startsWith("cloud:")) {
        List<String> urls = splitList(v.substring("cloud:".length()));
        String lastUrl = urls.get(urls.size() - 1);
        String[] baseAndName = splitCoreUrl(lastUrl);
        List<String> nodes = new java.util.ArrayList<>(urls.subList(0, urls.size() - 1));
        nodes.add(baseAndName[0]);
        return new SolrLocation(Kind.CLOUD_HTTP, null, List.copyOf(nodes), null, baseAndName[1]);
      }
      if (v.startsWith("http://") || v.startsWith("https://")) {
        String[] baseAndName = splitCoreUrl(v);
        return new SolrLocation(Kind.HTTP, null, List.of(baseAndName[0]), null, baseAndName[1]);
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("Invalid Solr location '" + v + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "Invalid Solr location '"
            + v
            + "': use embedded:<dir>, "
            + "http://host:8983/solr/<core>, zk://host:2181/<collection> or cloud:http://host:8983/solr/<collection>");
  }

  public Optional<String> chroot() {
    return Optional.ofNullable(zkChroot);
  }

  public boolean isCloud() {
    return kind == Kind.CLOUD_ZK || kind == Kind.CLOUD_HTTP;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case EMBEDDED -> "embedded:" + embeddedDir;
      case HTTP -> urls.get(0) + "/" + collection;
      case CLOUD_ZK ->
          "zk://" + String.join(",", urls) + (zkChroot == null ? "" : zkChroot) + "/" + collection;
      case CLOUD_HTTP -> "cloud:" + String.join(",", urls) + "/" + collection;
    };
  }

  private static List<String> splitList(String s) {
    List<String> parts =
        Arrays.stream(s.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    if (parts.isEmpty()) throw new IllegalArgumentException("no host given");
    return parts;
  }

  /** Splits {@code http://host:8983/solr/articles} into base URL and core name. */
  private static String[] splitCoreUrl(String url) {
    String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    int last = u.lastIndexOf('/');
    if (last <= u.indexOf("//") + 1)
      throw new IllegalArgumentException("the core or collection name is missing");
    return new String[] {u.substring(0, last), requireName(u.substring(last + 1))};
  }

  private static String requireName(String name) {
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("'" + name + "' is not a valid core or collection name");
    }
    return name;
  }
}
