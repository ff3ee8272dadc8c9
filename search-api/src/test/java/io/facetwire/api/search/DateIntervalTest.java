package io.facetwire.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DateIntervalTest {
  @Test
  void bucketStartsAndKeysAgreeWithParsingTheKey() {
    for (LocalDate d = LocalDate.of(2015, 12, 20); d.isBefore(LocalDate.of(2017, 1, 10)); d = d.plusDays(1)) {
      for (DateInterval i : DateInterval.values()) {
        assertThat(i.startOf(d)).as("%s %s", i, d).isEqualTo(i.start(i.key(d)));
      }
      assertThat(DateInterval.MONTH.key(d)).isEqualTo(YearMonth.from(d).toString());
    }
    assertThat(DateInterval.MONTH.key(LocalDate.of(999, 3, 1))).isEqualTo("0999-03");
    assertThat(DateInterval.MONTH.keysBetween(LocalDate.of(2024, 11, 30), LocalDate.of(2025, 2, 1)))
        .containsExactly("2024-11", "2024-12", "2025-01", "2025-02");
  }
}
