package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportCopiesTest {

  @Test
  void listsKeepTheirOrderAndRepeats() {
    List<String> people = List.of("Zoë Ångström", "Ann Lee", "Ann Lee", "李 明");
    assertThat(ExportCopies.decodeList(ExportCopies.list(people))).isEqualTo(people);
    assertThat(ExportCopies.decodeList(ByteBuffer.wrap(ExportCopies.list(people))))
        .isEqualTo(people);
  }

  @Test
  void emptyAndMissingListsAreEmpty() {
    assertThat(ExportCopies.decodeList(ExportCopies.list(List.of()))).isEmpty();
    assertThat(ExportCopies.decodeList(null)).isEmpty();
    assertThat(ExportCopies.decodeList(ExportCopies.list(List.of("")))).isEmpty();
  }

  @Test
  void aSeparatorInsideAValueCannotSplitIt() {
    assertThat(ExportCopies.decodeList(ExportCopies.list(List.of("a\u001fb", "c"))))
        .containsExactly("a b", "c");
  }

  @Test
  void textRoundTrips() {
    assertThat(ExportCopies.decodeText(ExportCopies.text("Ünïcode title — “quoted”")))
        .isEqualTo("Ünïcode title — “quoted”");
    assertThat(ExportCopies.decodeText(null)).isNull();
  }
}
