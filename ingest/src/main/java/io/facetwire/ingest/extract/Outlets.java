package io.facetwire.ingest.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Outlet names when a page or record does not state one: a readable name made from the URL's host,
 * so "https://www.theguardian.com/..." facets as "theguardian.com" rather than not at all.
 */
public final class Outlets {
  /** Subdomains that say nothing about the outlet. */
  private static final Set<String> GENERIC =
      Set.of(
          "www", "www1", "www2", "m", "mobile", "amp", "edition", "news", "en", "eu", "us", "uk");

  private Outlets() {}

  public static String fromUrl(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.isBlank()) return null;
      host = host.toLowerCase(Locale.ROOT);
      String[] labels = host.split("\\.");
      int start = 0;
      while (start < labels.length - 2 && GENERIC.contains(labels[start])) start++;
      return String.join(".", java.util.Arrays.copyOfRange(labels, start, labels.length));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
