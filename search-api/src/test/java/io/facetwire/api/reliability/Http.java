package io.facetwire.api.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Sends requests to the app as a hostile client would: through the JDK client when the target is a
 * valid URI, over a bare socket when it is not (bytes that no URI class would let through).
 */
final class Http {
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Just what the assertions look at. */
  record Reply(
      int status, String contentType, String body, Map<String, java.util.List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final int port;

  Http(int port) {
    this.port = port;
  }

  Reply get(String target, String... headers) throws IOException, InterruptedException {
    return send("GET", target, null, headers);
  }

  Reply send(String method, String target, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(
        r.statusCode(),
        r.headers().firstValue("Content-Type").orElse(""),
        r.body(),
        r.headers().map());
  }

  /** A GET whose request target is sent byte for byte, valid or not. */
  Reply raw(byte[] target) throws IOException {
    return raw("GET", target);
  }

  /**
   * A request sent byte for byte: any method, any target, header name-value pairs as given (Host
   * too). The request goes out in one write: Tomcat answers a request line it refuses at once and
   * closes the connection, and a client still writing its headers then gets a broken pipe (seen on
   * CI) instead of the answer, which is read all the same.
   */
  Reply raw(String method, byte[] target, String... headers) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write((method + " ").getBytes(StandardCharsets.US_ASCII));
    request.write(target);
    boolean host = false;
    for (int i = 0; i + 1 < headers.length; i += 2) host |= headers[i].equalsIgnoreCase("Host");
    request.write(
        (" HTTP/1.1\r\n" + (host ? "" : "Host: 127.0.0.1\r\n") + "Connection: close\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.write((headers[i] + ": " + headers[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      IOException writeFailed = null;
      try {
        out.write(request.toByteArray());
        out.flush();
      } catch (IOException e) {
        writeFailed = e; // the server answered and closed before taking it all: read its answer
      }
      try {
        return parse(readAll(s.getInputStream()));
      } catch (IOException e) {
        if (writeFailed != null) e.addSuppressed(writeFailed);
        throw e;
      }
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toByteArray();
  }

  /** Status and content type from the head; the rest, chunk sizes and all, is kept as the body. */
  private static Reply parse(byte[] response) {
    String text = new String(response, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status =
        lines.length > 0 && lines[0].startsWith("HTTP/")
            ? Integer.parseInt(lines[0].split(" ")[1])
            : -1;
    String type = "";
    Map<String, java.util.List<String>> headers =
        new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon < 0) continue;
      String name = lines[i].substring(0, colon).strip();
      String value = lines[i].substring(colon + 1).strip();
      headers.put(name, java.util.List.of(value));
      if (name.toLowerCase(Locale.ROOT).equals("content-type")) type = value;
    }
    return new Reply(status, type, body, headers);
  }
}
