package io.facetwire.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateIntervalTest {
  @Test
  void bucketStartsAndKeysAgreeWithParsingTheKey() {
    for (LocalDate d = LocalDate.of(2015, 12, 20);
        d.isBefore(LocalDate.of(2017, 1, 10));
        d = d.plusDays(1)) {
      for (DateInterval i : DateInterval.values()) {
        assertThat(i.startOf(d)).as("%s %s", i, d).isEqualTo(i.start(i.key(d)));
      }
      assertThat(DateInterval.MONTH.key(d)).isEqualTo(YearMonth.from(d).toString());
    }
    assertThat(DateInterval.MONTH.key(LocalDate.of(999, 3, 1))).isEqualTo("0999-03");
    assertThat(DateInterval.MONTH.keysBetween(LocalDate.of(2024, 11, 30), LocalDate.of(2025, 2, 1)))
        .containsExactly("2024-11", "2024-12", "2025-01", "2025-02");
  }

  /**
   * The periods stepped through are the keys read back, day for day: every interval, spans that
   * start and end mid-bucket and cross ISO week 53 (2015, 2020) and a year before 1000.
   */
  @Test
  void periodsBetweenAreTheKeysBetweenReadBack() {
    Map<String, Long> counts = Map.of("2016-02", 4L, "2015-W53", 2L, "2020", 9L, "2016-02-29", 1L);
    List<LocalDate[]> spans =
        List.of(
            new LocalDate[] {LocalDate.of(2015, 12, 20), LocalDate.of(2016, 3, 2)},
            new LocalDate[] {LocalDate.of(2019, 12, 31), LocalDate.of(2021, 1, 6)},
            new LocalDate[] {LocalDate.of(998, 6, 15), LocalDate.of(1001, 2, 3)},
            new LocalDate[] {LocalDate.of(2016, 2, 29), LocalDate.of(2016, 2, 29)});
    for (DateInterval i : DateInterval.values()) {
      for (LocalDate[] span : spans) {
        List<Period> expected =
            i.keysBetween(span[0], span[1]).stream()
                .map(k -> Period.of(i, k, counts.getOrDefault(k, 0L)))
                .toList();
        assertThat(i.periodsBetween(span[0], span[1], counts))
            .as("%s %s..%s", i, span[0], span[1])
            .isEqualTo(expected);
      }
    }
    assertThat(
            DateInterval.DAY.periodsBetween(
                LocalDate.of(1990, 1, 1), LocalDate.of(2000, 1, 1), counts))
        .isNull();
  }

  @Test
  void autoShowsUpTo120MonthBarsByMonthWhateverTheirDays() {
    // Decided by the first and last month alone, as the search's histogram sees them.
    assertThat(DateInterval.auto(LocalDate.of(2010, 1, 31), LocalDate.of(2019, 12, 1)))
        .isEqualTo(DateInterval.MONTH);
    assertThat(DateInterval.auto(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31)))
        .isEqualTo(DateInterval.MONTH);
    assertThat(DateInterval.auto(LocalDate.of(2010, 1, 31), LocalDate.of(2020, 1, 1)))
        .isEqualTo(DateInterval.YEAR);
    assertThat(DateInterval.auto(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 3, 3)))
        .isEqualTo(DateInterval.DAY); // 62 days
    assertThat(DateInterval.auto(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1)))
        .isEqualTo(DateInterval.WEEK); // 366 days
    assertThat(DateInterval.auto(LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 2)))
        .isEqualTo(DateInterval.MONTH);
  }

  @Test
  void anIntervalWithTooManyBucketsFallsBackToACoarserOne() {
    LocalDate first = LocalDate.of(1987, 3, 2), last = LocalDate.of(2001, 10, 29);
    assertThat(DateInterval.fitting(DateInterval.DAY, first, last))
        .isEqualTo(DateInterval.WEEK); // 5,355 days, 766 weeks
    assertThat(DateInterval.fitting(DateInterval.DAY, first, first.plusDays(999)))
        .isEqualTo(DateInterval.DAY); // 1,000 bars
    assertThat(DateInterval.fitting(DateInterval.DAY, first, first.plusDays(1000)))
        .isEqualTo(DateInterval.WEEK);
    assertThat(DateInterval.fitting(DateInterval.WEEK, LocalDate.of(1950, 1, 1), last))
        .isEqualTo(DateInterval.MONTH);
    assertThat(DateInterval.fitting(DateInterval.DAY, LocalDate.of(1, 1, 1), last))
        .isEqualTo(DateInterval.YEAR);
    assertThat(DateInterval.fitting(DateInterval.DAY, null, last)).isEqualTo(DateInterval.DAY);
    DateInterval week = DateInterval.fitting(DateInterval.DAY, first, last);
    assertThat(week.keysBetween(first, last))
        .hasSize(766)
        .startsWith("1987-W10")
        .endsWith("2001-W44");
  }
}
