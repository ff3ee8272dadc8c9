package io.facetwire.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Thousands of generated requests against every {@code GET /api} endpoint the app has (discovered
 * from its handler mappings, so endpoints added later are fuzzed too): random values, query syntax
 * traps, local params, unknown fields, huge and control-character strings, invalid UTF-8 and broken
 * percent-encodings, out-of-range numbers and dates, repeated parameters. Whatever comes in,
 * nothing may answer 5xx, every 4xx must be problem+json, and no answer may show internals.
 */
class ApiFuzzIT extends ReliabilityApp {
  static final long SEED = 0xFACE7;
  static final int REQUESTS = Integer.getInteger("facetwire.fuzz.requests", 2_000);
  static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
  static final Pattern LEAK =
      Pattern.compile("(?i)org\\.apache|exception|solr|\\tat [a-z]|\\.java:\\d");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void noRequestCausesA5xxOrLeaksInternals() throws Exception {
    List<String> endpoints = apiEndpoints();
    assertThat(endpoints).contains("/api/search", "/api/articles/{id}");
    Random r = new Random(SEED);
    Http http = http();
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    int raw = 0;
    for (int i = 0; i < REQUESTS; i++) {
      String endpoint = endpoints.get(r.nextInt(endpoints.size()));
      String path = fillPath(endpoint, r);
      Http.Reply reply;
      String shown;
      if (r.nextInt(6) == 0) {
        byte[] query = FuzzInputs.invalidQuery(r);
        shown = path + "?" + new String(query, StandardCharsets.ISO_8859_1);
        byte[] target = new byte[path.length() + 1 + query.length];
        System.arraycopy(path.getBytes(StandardCharsets.US_ASCII), 0, target, 0, path.length());
        target[path.length()] = '?';
        System.arraycopy(query, 0, target, path.length() + 1, query.length);
        reply = http.raw(target);
        raw++;
      } else {
        shown = path + query(r);
        reply = http.get(shown);
      }
      statuses.merge(reply.status(), 1, Integer::sum);
      String problem = check(reply);
      if (problem != null && problems.size() < 20)
        problems.add(problem + " <- GET " + abbreviate(shown));
    }
    System.out.printf(
        "[reliability] API fuzz: %d requests (%d with raw invalid bytes) over %s, statuses %s%n",
        REQUESTS, raw, endpoints, statuses);
    assertThat(problems).as("answers that broke the rules").isEmpty();
  }

  List<String> apiEndpoints() {
    List<String> out = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              var methods = info.getMethodsCondition().getMethods();
              if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) return;
              for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) out.add(pattern);
              }
            });
    out.sort(null);
    return out;
  }

  static String fillPath(String pattern, Random r) {
    Matcher m = PATH_VARIABLE.matcher(pattern);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v =
          r.nextBoolean()
              ? FuzzInputs.PATH_VALUES.get(r.nextInt(FuzzInputs.PATH_VALUES.size()))
              : FuzzInputs.random(r);
      m.appendReplacement(sb, Matcher.quoteReplacement(encode(v)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static String query(Random r) {
    int n = r.nextInt(6);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String name =
          r.nextInt(8) == 0
              ? FuzzInputs.random(r)
              : FuzzInputs.PARAMS.get(r.nextInt(FuzzInputs.PARAMS.size()));
      int repeats = r.nextInt(5) == 0 ? 2 + r.nextInt(60) : 1;
      for (int k = 0; k < repeats; k++) {
        sb.append(sb.length() == 0 ? '?' : '&')
            .append(encode(name))
            .append('=')
            .append(encode(FuzzInputs.value(name, r)));
      }
    }
    return sb.toString();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Null when the reply keeps the rules, else what it broke. */
  static String check(Http.Reply reply) {
    if (reply.status() >= 500 || reply.status() < 100) return "status " + reply.status();
    if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
      return "status "
          + reply.status()
          + " as '"
          + reply.contentType()
          + "': "
          + abbreviate(reply.body());
    }
    Matcher leak = LEAK.matcher(reply.body());
    if (leak.find()) return "leaks '" + leak.group() + "' in " + abbreviate(reply.body());
    return null;
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
