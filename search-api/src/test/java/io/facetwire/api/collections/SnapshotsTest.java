package io.facetwire.api.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

  @Test
  void theChecksumIsSha256OfTheSortedIdsOneALine() throws Exception {
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest("a1\nb2\nc3\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(Snapshots.sha256(List.of("c3", "a1", "b2"))).isEqualTo(expected);
    assertThat(Snapshots.sha256(List.of("a1", "b2", "c3")))
        .as("order does not matter")
        .isEqualTo(expected);
  }

  @Test
  void idsSortInCodePointOrderAsSolrSortsThem() {
    List<String> ids = new ArrayList<>(List.of("\uD83D\uDE00", "\uFF21", "ab", "a", "b"));
    ids.sort(Snapshots::byCodePoint);
    // U+FF21 sorts before U+1F600 by code point (and UTF-8 bytes), after it in String's UTF-16
    // order.
    assertThat(ids).containsExactly("a", "ab", "b", "\uFF21", "\uD83D\uDE00");
    assertThat("a\tz".compareTo("ab\t0"))
        .as("an entry's tab sorts before any id character")
        .isNegative();
  }
}
