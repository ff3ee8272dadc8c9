package io.facetwire.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable article ids: the same article gets the same id on every run and from every copy of the
 * file, so re-indexing updates instead of duplicating; different articles never share one, so an
 * article is only ever replaced by a newer version of itself. The canonical URL identifies an
 * article when the page declares one that locates it; otherwise its normalised text does.
 *
 * <p>Only what cannot tell two pages apart is normalised away, and only for hierarchical URLs
 * ({@code http(s)://...}): scheme and host case, {@code www.}, default ports, trailing slashes,
 * tracking parameters and plain {@code #section} anchors. Opaque URIs ({@code urn:uuid:...}, {@code
 * tag:...}, {@code mailto:...}) are kept whole, and so are fragments that address content in
 * single-page apps ({@code #/story/12}, {@code #!story}). URLs that locate nothing ({@code data:},
 * {@code javascript:}, {@code about:blank}) fall back to the text.
 */
final class ArticleIds {
  /**
   * Schemes whose URLs say nothing about which article they are: the text identifies it instead.
   */
  private static final Set<String> NOT_LOCATORS =
      Set.of("data", "javascript", "vbscript", "about", "blob");

  /** Query parameters that only say where a reader clicked from. */
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid",
          "mc_eid", "_ga", "_hsenc", "_hsmi");

  /**
   * A URI's scheme, read even when the rest is not a valid URI ({@code data:} URLs with raw
   * markup).
   */
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

  private ArticleIds() {}

  static String of(String url, String title, String body) {
    return id(locates(url) ? "url:" + normaliseUrl(url) : textKey(title, body));
  }

  /**
   * The id older versions gave this article, when it differs from {@link #of}: opaque URIs, content
   * fragments, ports and tracking parameters used to be dropped (so different articles could share
   * an id). An index written by them holds the article under this id; it is removed when the same
   * source is indexed again.
   */
  static String previousId(String url, String title, String body) {
    String previous =
        url != null && !url.isBlank()
            ? id("url:" + normalise(url, true))
            : id(textKey(title, body));
    return previous.equals(of(url, title, body)) ? null : previous;
  }

  /** Hash of everything we index, so an unchanged article can be skipped on the next run. */
  static String contentHash(Article a) {
    return contentHash(
        a.url(),
        a.source(),
        a.title(),
        a.body(),
        a.published(),
        a.outlet(),
        a.byline(),
        a.lang(),
        a.people(),
        a.topics(),
        a.orgs(),
        a.places(),
        a.storyId());
  }

  static String contentHash(
      String url,
      String source,
      String title,
      String body,
      OffsetDateTime published,
      String outlet,
      String byline,
      String lang,
      List<String> people,
      List<String> topics,
      List<String> orgs,
      List<String> places,
      String storyId) {
    return Texts.sha1Hex(
        String.join(
            "\u0001",
            String.valueOf(url),
            String.valueOf(source),
            String.valueOf(title),
            String.valueOf(body),
            String.valueOf(published),
            String.valueOf(outlet),
            String.valueOf(byline),
            String.valueOf(lang),
            String.join("|", people),
            String.join("|", topics),
            String.join("|", orgs),
            String.join("|", places),
            String.valueOf(storyId)));
  }

  /**
   * Whether a URL tells which article it is (a web address, a URN, a tag URI), not just how to show
   * something.
   */
  static boolean locates(String url) {
    if (url == null || url.isBlank()) return false;
    Matcher scheme = SCHEME.matcher(url.strip());
    return !scheme.lookingAt() || !NOT_LOCATORS.contains(scheme.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * The form of a URL that identifies its article: see the class comment. A string that is not a
   * URI at all is kept as it is.
   */
  static String normaliseUrl(String url) {
    return normalise(url, false);
  }

  private static String normalise(String url, boolean previous) {
    URI u;
    try {
      u = new URI(url.strip());
    } catch (URISyntaxException e) {
      return url.strip();
    }
    String scheme = u.getScheme() == null ? "http" : u.getScheme().toLowerCase(Locale.ROOT);
    if (u.isOpaque() && !previous) return scheme + ":" + u.getRawSchemeSpecificPart();
    boolean secure = scheme.equals("https");
    if (secure) scheme = "http";
    String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) host = host.substring(4);
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
    if (previous)
      return scheme + "://" + host + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    int port = u.getPort();
    String authority = port < 0 || port == (secure ? 443 : 80) ? host : host + ":" + port;
    String query = withoutTracking(u.getRawQuery());
    String fragment = u.getRawFragment();
    boolean addressesContent =
        fragment != null && (fragment.startsWith("/") || fragment.startsWith("!"));
    return scheme
        + "://"
        + authority
        + path
        + (query.isEmpty() ? "" : "?" + query)
        + (addressesContent ? "#" + fragment : "");
  }

  private static String withoutTracking(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) return "";
    StringJoiner kept = new StringJoiner("&");
    for (String param : rawQuery.split("&", -1)) {
      String name =
          param
              .substring(0, param.indexOf('=') < 0 ? param.length() : param.indexOf('='))
              .toLowerCase(Locale.ROOT);
      if (!name.startsWith("utm_") && !TRACKING.contains(name)) kept.add(param);
    }
    return kept.toString();
  }

  private static String textKey(String title, String body) {
    return "text:" + Texts.fingerprintForm(title) + "\n" + Texts.fingerprintForm(body);
  }

  private static String id(String key) {
    return Texts.sha1Hex(key).substring(0, 20);
  }
}
