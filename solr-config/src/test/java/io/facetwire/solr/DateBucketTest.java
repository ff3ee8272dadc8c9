package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.chrono.ThaiBuddhistDate;
import org.junit.jupiter.api.Test;

class DateBucketTest {

  @Test
  void keysFollowTheirPatternAndNameTheirFirstDay() {
    LocalDate d = LocalDate.of(2024, 12, 31); // a Tuesday in ISO week 1 of 2025
    assertThat(DateBucket.DAY.key(d)).isEqualTo("2024-12-31");
    assertThat(DateBucket.WEEK.key(d)).isEqualTo("2025-W01");
    assertThat(DateBucket.MONTH.key(d)).isEqualTo("2024-12");
    assertThat(DateBucket.YEAR.key(d)).isEqualTo("2024");
    for (DateBucket b : DateBucket.values()) {
      String key = b.key(d);
      assertThat(b.matches(key)).as(key).isTrue();
      assertThat(b.start(key)).isEqualTo(b.startOf(d));
      for (DateBucket other : DateBucket.values()) {
        if (other != b) assertThat(other.matches(key)).as(other + " " + key).isFalse();
      }
    }
    assertThat(DateBucket.WEEK.start("2025-W01")).isEqualTo(LocalDate.of(2024, 12, 30));
    LocalDate early = LocalDate.of(999, 3, 1); // keys keep four-digit years, as ISO dates do
    for (DateBucket b : DateBucket.values()) {
      assertThat(b.key(early)).as(b.name()).startsWith("0999").matches(b.pattern);
      assertThat(b.start(b.key(early))).isEqualTo(b.startOf(early));
    }
  }

  /**
   * The hand-written keys and their reading are the formatter's and the parsers' exactly: every day
   * of two centuries and of the first and last years of four digits (year 0 opens in ISO week-based
   * year -1, which no key of four digits names).
   */
  @Test
  void handWrittenKeysAndStartsAreTheFormattersAndParsersDayByDay() {
    for (int[] years : new int[][] {{1, 12}, {1890, 2110}, {9988, 9999}}) {
      for (LocalDate d = LocalDate.of(years[0], 1, 1); d.getYear() <= years[1]; d = d.plusDays(1)) {
        for (DateBucket b : DateBucket.values()) {
          String key = b.key(d);
          assertThat(key).as("%s %s", b, d).isEqualTo(b.keyFormatted(d));
          assertThat(b.start(key)).as(key).isEqualTo(b.startParsed(key)).isEqualTo(b.startOf(d));
        }
      }
    }
    LocalDate far = LocalDate.of(10_000, 1, 1);
    ThaiBuddhistDate thai = ThaiBuddhistDate.from(LocalDate.of(2025, 3, 9)); // year 2568 in its era
    for (DateBucket b : DateBucket.values()) {
      assertThat(b.key(far)).isEqualTo(b.keyFormatted(far));
      if (b == DateBucket.WEEK) { // neither knows ISO weeks of another calendar
        assertThatThrownBy(() -> b.key(thai))
            .isExactlyInstanceOf(catchThrowable(() -> b.keyFormatted(thai)).getClass());
      } else {
        assertThat(b.key(thai)).isEqualTo(b.keyFormatted(thai));
      }
    }
    assertThat(DateBucket.DAY.key(thai)).isEqualTo("2025-03-09");
  }

  @Test
  void whatIsNotAKeyIsRefusedAsTheParsersRefuseIt() {
    String[][] notKeys = {
      {"DAY", "2025-02-30"}, {"DAY", "2025-13-01"}, {"DAY", "2025-00-10"}, {"DAY", "2025-1-01"},
      {"WEEK", "2025-W53"}, {"WEEK", "2025-W00"}, {"WEEK", "2025-W54"}, {"MONTH", "2025-13"},
      {"MONTH", "2025-00"}, {"MONTH", "25-01"}, {"YEAR", "twenty"}
    };
    for (String[] k : notKeys) {
      DateBucket b = DateBucket.valueOf(k[0]);
      Class<? extends Throwable> parsers =
          catchThrowable(() -> b.startParsed(k[1])).getClass(); // what callers saw before
      assertThatThrownBy(() -> b.start(k[1])).as(k[1]).isExactlyInstanceOf(parsers);
    }
    // A year with 53 ISO weeks: its week 53 is read by the parser.
    assertThat(DateBucket.WEEK.start("2020-W53")).isEqualTo(LocalDate.of(2020, 12, 28));
  }

  @Test
  void anArticleIsBucketedOnTheDayAsPublishedNotInUtc() {
    OffsetDateTime lateEvening = OffsetDateTime.parse("2025-03-09T23:30:00-05:00");
    assertThat(DateBucket.DAY.key(lateEvening)).isEqualTo("2025-03-09");
    assertThat(DateBucket.WEEK.key(lateEvening)).isEqualTo("2025-W10");
  }
}
