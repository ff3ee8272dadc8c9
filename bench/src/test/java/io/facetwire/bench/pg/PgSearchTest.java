package io.facetwire.bench.pg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PgSearchTest {
  @Test
  void datesResolveToWholePeriodsAsTheApiReadsThem() {
    assertThat(PgSearch.day("2019", false)).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(PgSearch.day("2019", true)).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(PgSearch.day("2020-02", true)).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(PgSearch.day("2021-03-04", false)).isEqualTo(LocalDate.of(2021, 3, 4));
  }

  @Test
  void arrayLiteralsEscapeQuotesAndBackslashes() throws Exception {
    var values = JsonMapper.builder().build().readTree("[\"Ana \\\"Bo\\\" Lee\", \"a\\\\b\"]");
    assertThat(PgLoader.array(values)).isEqualTo("{\"Ana \\\"Bo\\\" Lee\",\"a\\\\b\"}");
    assertThat(PgLoader.array(null)).isEqualTo("{}");
  }
}
