package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

  @Test
  void anArticleIsBucketedOnTheDayAsPublishedNotInUtc() {
    OffsetDateTime lateEvening = OffsetDateTime.parse("2025-03-09T23:30:00-05:00");
    assertThat(DateBucket.DAY.key(lateEvening)).isEqualTo("2025-03-09");
    assertThat(DateBucket.WEEK.key(lateEvening)).isEqualTo("2025-W10");
  }
}
