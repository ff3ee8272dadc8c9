package io.facetwire.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.util.DigestUtils;

class ApiEtagFilterTest {
  private static byte[] md5(String text) {
    return ApiEtagFilter.md5WithoutTook(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSameAnswerComputedTwiceHasTheSameTag() {
    assertThat(md5("{\"total\":3,\"tookMs\":12,\"q\":\"é\"}"))
        .isEqualTo(md5("{\"total\":3,\"tookMs\":0,\"q\":\"é\"}"));
    assertThat(md5("{\"total\":3,\"tookMs\":12}")).isNotEqualTo(md5("{\"total\":4,\"tookMs\":12}"));
  }

  @Test
  void hashesWhatTheTextWithoutTookHashes() {
    String body =
        "{\"tookMs\":7,\"results\":[{\"title\":\"a \\\"tookMs\\\":5 b\"}],\"tookMs\":123}";
    String stripped = body.replaceAll("\"tookMs\":\\d+", "");
    assertThat(md5(body))
        .isEqualTo(DigestUtils.md5Digest(stripped.getBytes(StandardCharsets.UTF_8)));
    assertThat(md5("")).isEqualTo(DigestUtils.md5Digest(new byte[0]));
    assertThat(md5("\"tookMs\":")).isEqualTo(DigestUtils.md5Digest(new byte[0]));
  }
}
