package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownOrgsTest {
  private final KnownOrgs known = new KnownOrgs(List.of("Apple", "AT&T", "Bank of America"));

  private List<String> found(String text) {
    List<Token> toks = Tokens.of(text);
    return known.find(toks, new boolean[toks.size()], Set.of("the", "in")).stream()
        .map(r -> String.join(" ", toks.subList(r[0], r[1]).stream().map(Token::text).toList()))
        .toList();
  }

  @Test
  void spellingsOfOneNameShareAKey() {
    assertThat(KnownOrgs.matchKey("AT&T")).isEqualTo(KnownOrgs.matchKey("AT & T"));
    assertThat(KnownOrgs.matchKey("U.S.")).isEqualTo(KnownOrgs.matchKey("U.S"));
  }

  @Test
  void aListedNameCountsOnlyStandingAlone() {
    assertThat(found("The Apple board met Bank of America lawyers."))
        .containsExactly("Apple", "Bank of America");
    assertThat(found("Sales of the Apple Watch fell.")).as("cut from a longer name").isEmpty();
    assertThat(found("She ate an apple.")).as("a common word").isEmpty();
    assertThat(found("Apple's chief executive spoke.")).containsExactly("Apple");
  }
}
