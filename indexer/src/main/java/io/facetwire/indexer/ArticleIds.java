package io.facetwire.indexer;

import java.net.URI;
import java.util.Locale;

/**
 * Stable article ids: the same article gets the same id on every run and from every copy of the
 * file, so re-indexing updates instead of duplicating. The canonical URL identifies an article when
 * the page declares one; otherwise its normalised text does.
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(String url, String title, String body) {
    String key = url != null && !url.isBlank()
        ? "url:" + normaliseUrl(url)
        : "text:" + Texts.fingerprintForm(title) + "\n" + Texts.fingerprintForm(body);
    return Texts.sha1Hex(key).substring(0, 20);
  }

  /** Hash of everything we index, so an unchanged article can be skipped on the next run. */
  public static String contentHash(Article a) {
    return Texts.sha1Hex(String.join("\u0001",
        String.valueOf(a.url()), String.valueOf(a.source()), String.valueOf(a.title()), String.valueOf(a.body()),
        String.valueOf(a.published()), String.valueOf(a.outlet()), String.valueOf(a.byline()),
        String.valueOf(a.lang()), String.join("|", a.people()), String.join("|", a.topics()),
        String.join("|", a.orgs()), String.join("|", a.places()), String.valueOf(a.storyId())));
  }

  /** Lower-cases scheme and host, drops fragments, default ports and trailing slashes. */
  public static String normaliseUrl(String url) {
    try {
      URI u = URI.create(url.strip());
      String scheme = u.getScheme() == null ? "http" : u.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("https")) scheme = "http";
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) host = host.substring(4);
      String path = u.getRawPath() == null ? "" : u.getRawPath();
      while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
      String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
      return scheme + "://" + host + path + query;
    } catch (IllegalArgumentException e) {
      return url.strip();
    }
  }
}
