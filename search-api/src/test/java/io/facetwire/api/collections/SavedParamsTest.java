package io.facetwire.api.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facetwire.api.error.BadRequestException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SavedParamsTest {

  @Test
  void keepsTheSearchParametersInOrderAndDropsBlankValues() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("q", " harbour strike ");
    raw.put("person", List.of("Ada Lovelace", "", "Alan Turing"));
    raw.put("-outlet", "Ledger");
    raw.put("group", "story");
    assertThat(SavedParams.asMap(SavedParams.validate(raw)))
        .containsExactly(
            Map.entry("q", List.of("harbour strike")),
                Map.entry("person", List.of("Ada Lovelace", "Alan Turing")),
            Map.entry("-outlet", List.of("Ledger")), Map.entry("group", List.of("story")));
  }

  @Test
  void refusesWhatTheSearchWouldRefuseAndWhatIsNotASearchParameter() {
    assertThatThrownBy(() -> SavedParams.validate(Map.of("size", "10")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("unknown search parameter 'size'");
    assertThatThrownBy(() -> SavedParams.validate(Map.of("to", "2025-02-30")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("to is not a valid date");
    assertThatThrownBy(() -> SavedParams.validate(Map.of("q", "x".repeat(1001))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("q is too long");
    assertThatThrownBy(() -> SavedParams.validate(Map.of("topic", List.of(1, 2))))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("a string or a list of strings");
  }

  @Test
  void thePageUrlSaysGroupOffWhereTheApiCountsArticles() {
    assertThat(SavedParams.pageUrl(Map.of("q", List.of("a & b=c"))))
        .isEqualTo("/?q=a+%26+b%3Dc&group=off");
    assertThat(SavedParams.pageUrl(Map.of("group", List.of("story")))).isEqualTo("/");
    assertThat(SavedParams.query(Map.of("person", List.of("Ada", "Alan"))))
        .isEqualTo("person=Ada&person=Alan");
  }
}
