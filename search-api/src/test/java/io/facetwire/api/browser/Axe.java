package io.facetwire.api.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque's jar, see the pom) in the page and reports the serious and critical
 * violations.
 */
final class Axe {
  private static final String SCRIPT = load();

  private Axe() {}

  private static String load() {
    String path = "axe.min.js";
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null)
        throw new IllegalStateException("axe-core missing from the test classpath: " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per serious or critical violation: rule, impact, help and the offending elements. */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(SCRIPT);
    Object result =
        js.executeAsyncScript(
            """
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
          .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))))
          .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
        """);
    List<String> out = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      Object impact = v.get("impact");
      if ("serious".equals(impact) || "critical".equals(impact)) {
        out.add(v.get("id") + " (" + impact + "): " + v.get("help") + " at " + v.get("nodes"));
      }
    }
    return out;
  }
}
