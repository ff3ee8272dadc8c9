package io.facetwire.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateWindowsTest {
  private static DateWindows.Day day(String day, long count) {
    return new DateWindows.Day(day, count);
  }

  @Test
  void newestFirstRangesHoldAtMostAPageAndCoverEveryDate() {
    List<DateWindows.Day> days =
        List.of(
            day("2025-03-10", 40),
            day("2025-03-09", 50),
            day("2025-03-07", 30),
            day("2025-02-01", 100),
            day("2024-12-31", 5));
    assertThat(DateWindows.plan(days, true, 100, true))
        .containsExactly(
            "date:[2025-03-09T00:00:00Z TO *]",
            "date:[2025-03-07T00:00:00Z TO 2025-03-09T00:00:00Z}",
            "date:[2025-02-01T00:00:00Z TO 2025-03-07T00:00:00Z}",
            "date:[* TO 2025-02-01T00:00:00Z}",
            DateWindows.UNDATED);
  }

  @Test
  void oldestFirstRangesRunTheOtherWay() {
    List<DateWindows.Day> days =
        List.of(
            day("2024-12-31", 5),
            day("2025-02-01", 100),
            day("2025-03-07", 30),
            day("2025-03-09", 50),
            day("2025-03-10", 40));
    assertThat(DateWindows.plan(days, false, 100, true))
        .containsExactly(
            "date:[* TO 2025-02-01T00:00:00Z}",
            "date:[2025-02-01T00:00:00Z TO 2025-03-07T00:00:00Z}",
            "date:[2025-03-07T00:00:00Z TO 2025-03-10T00:00:00Z}",
            "date:[2025-03-10T00:00:00Z TO *]",
            DateWindows.UNDATED);
  }

  @Test
  void aDayBiggerThanAPageIsARangeOfItsOwn() {
    List<DateWindows.Day> days =
        List.of(day("2025-01-03", 10), day("2025-01-02", 500), day("2025-01-01", 10));
    assertThat(DateWindows.plan(days, true, 100, true))
        .containsExactly(
            "date:[2025-01-03T00:00:00Z TO *]",
            "date:[2025-01-02T00:00:00Z TO 2025-01-03T00:00:00Z}",
            "date:[* TO 2025-01-02T00:00:00Z}",
            DateWindows.UNDATED);
  }

  @Test
  void fewOrNoDaysMakeOneRangeOfAllDates() {
    assertThat(DateWindows.plan(List.of(day("2025-01-01", 10)), true, 100, true))
        .containsExactly("date:[* TO *]", DateWindows.UNDATED);
    assertThat(DateWindows.plan(List.of(), false, 100, true))
        .containsExactly("date:[* TO *]", DateWindows.UNDATED);
  }
}
