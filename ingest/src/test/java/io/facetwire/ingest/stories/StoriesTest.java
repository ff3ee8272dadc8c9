package io.facetwire.ingest.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.ingest.Article;
import io.facetwire.ingest.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoriesTest {
  static final String WIRE =
      "The national weather service issued flood warnings for three river valleys on Tuesday after two days "
          + "of heavy rain swelled rivers beyond their banks. Emergency crews evacuated about four hundred residents from low lying "
          + "streets in the town of Aldmoor, and schools in the district will stay closed until Thursday. The regional governor said "
          + "army engineers were reinforcing a levee that had started to leak overnight, and asked drivers to avoid the coastal "
          + "highway, where mudslides had blocked two lanes. Forecasters expect the rain to ease by the weekend, but warned that "
          + "river levels could keep rising for another day as water drains from the hills.";
  static final String EDITED =
      WIRE.replace("about four hundred", "roughly 400").replace("on Tuesday", "on Tuesday morning")
          + " Local shelters have opened in the sports hall.";
  static final String OTHER =
      "The city council approved a budget on Monday that raises spending on parks and libraries while "
          + "cutting the cost of the annual fireworks display. Councillors argued for three hours about the library hours, and the "
          + "mayor promised a review of bus fares next spring. Opposition members said the plan relied on optimistic forecasts of "
          + "property tax revenue, and the finance director agreed that a reserve would be needed if the housing market slowed.";

  static Article article(String url, String body) {
    return new Article(
        url,
        url,
        "t",
        body,
        null,
        null,
        null,
        "en",
        url,
        null,
        null,
        null,
        null,
        null,
        null,
        MinHash.bands(body));
  }

  @Test
  void wordHashesAreTheHashesOfTheSplitWords() {
    Random random = new Random(3);
    for (String text :
        List.of(WIRE, EDITED, OTHER, "", "one", "Two  words\n\nand “quotes” — dashes")) {
      String normal = Texts.fingerprintForm(text);
      assertThat(MinHash.wordHashes(normal))
          .containsExactly(Arrays.stream(normal.split(" ")).mapToInt(String::hashCode).toArray());
    }
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) sb.append("ab é-'.\n".charAt(random.nextInt(8)));
      String normal = Texts.fingerprintForm(sb.toString());
      assertThat(MinHash.wordHashes(normal))
          .as(normal)
          .containsExactly(Arrays.stream(normal.split(" ")).mapToInt(String::hashCode).toArray());
    }
  }

  @Test
  void nearCopiesShareTheBandsThatMatter() {
    List<String> a = MinHash.bands(WIRE);
    List<String> b = MinHash.bands(EDITED);
    assertThat(a).hasSize(MinHash.BANDS + 1);
    assertThat(a.stream().filter(b::contains).count())
        .isGreaterThanOrEqualTo(MinHash.MIN_SHARED_BANDS);
    assertThat(MinHash.bands(OTHER).stream().filter(a::contains).count())
        .isLessThan(MinHash.MIN_SHARED_BANDS);
    assertThat(MinHash.bands("too short")).singleElement().asString().startsWith(MinHash.TEXT_KEY);
  }

  @Test
  void copiesJoinTheStoryOfTheFirstAndUnrelatedArticlesStartTheirOwn() {
    Stories stories = new Stories(EarlierCopies.NONE);
    Article first = article("https://a.example/flood", WIRE);
    Article copy = article("https://b.example/flood", WIRE.toUpperCase());
    Article edited = article("https://c.example/flood", EDITED);
    Article other = article("https://a.example/budget", OTHER);
    List<Stories.Assigned> out = stories.assign(List.of(first, copy, other));
    List<Stories.Assigned> later = stories.assign(List.of(edited));
    assertThat(out)
        .extracting(Stories.Assigned::match)
        .containsExactly(Stories.Match.NEW, Stories.Match.EXACT, Stories.Match.NEW);
    assertThat(out.get(0).storyId()).isEqualTo(first.id());
    assertThat(out.get(1).storyId()).isEqualTo(first.id());
    assertThat(out.get(2).storyId()).isEqualTo(other.id());
    assertThat(later.get(0).match()).isEqualTo(Stories.Match.NEAR);
    assertThat(later.get(0).storyId()).isEqualTo(first.id());
  }

  @Test
  void theEarliestPublishedCopyOfABatchStartsTheStory() {
    Article late = article("https://a.example/flood", WIRE);
    Article early = article("https://b.example/flood", EDITED);
    late =
        new Article(
            late.id(),
            late.url(),
            "t",
            WIRE,
            java.time.OffsetDateTime.parse("2024-10-02T09:00Z"),
            null,
            null,
            "en",
            late.url(),
            null,
            null,
            null,
            null,
            null,
            null,
            late.storyBands());
    early =
        new Article(
            early.id(),
            early.url(),
            "t",
            EDITED,
            java.time.OffsetDateTime.parse("2024-10-01T09:00+02:00"),
            null,
            null,
            "en",
            early.url(),
            null,
            null,
            null,
            null,
            null,
            null,
            early.storyBands());
    List<Stories.Assigned> out = new Stories(EarlierCopies.NONE).assign(List.of(late, early));
    assertThat(out).extracting(Stories.Assigned::storyId).containsOnly(early.id());
    assertThat(out)
        .extracting(Stories.Assigned::match)
        .containsExactly(Stories.Match.NEAR, Stories.Match.NEW);
  }

  @Test
  void storiesOfEarlierRunsComeFromTheEarlierCopies() {
    Stories.Known indexed = new Stories.Known("old-id", "old-story", MinHash.bands(WIRE));
    Stories.Assigned a =
        new Stories(bands -> List.of(indexed))
            .assign(List.of(article("https://c.example/flood", EDITED)))
            .get(0);
    assertThat(a.storyId()).isEqualTo("old-story");
    assertThat(a.match()).isEqualTo(Stories.Match.NEAR);
    Article self = article("https://z.example/x", OTHER);
    Stories.Known itself = new Stories.Known(self.id(), "its-story", List.of());
    assertThat(new Stories(bands -> List.of(itself)).assign(List.of(self)).get(0).storyId())
        .isEqualTo("its-story");
  }
}
