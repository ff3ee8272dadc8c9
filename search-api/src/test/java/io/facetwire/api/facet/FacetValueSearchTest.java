package io.facetwire.api.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pattern Solr matches facet values against ({@code facet.matches} uses a whole-value match).
 */
class FacetValueSearchTest {
  static boolean matches(String prefix, String value) {
    return Pattern.compile(FacetValueSearch.wordStart(prefix)).matcher(value).matches();
  }

  @Test
  void anyWordMayStartWithThePrefixIgnoringCase() {
    assertThat(matches("rub", "Marco Rubio")).isTrue();
    assertThat(matches("RUB", "Rubén Blades")).isTrue();
    assertThat(matches("rubé", "RUBÉN BLADES")).isTrue();
    assertThat(matches("marco ru", "Marco Rubio")).isTrue();
    assertThat(matches("o'b", "Conan O'Brien")).isTrue();
    assertThat(matches("brien", "Conan O'Brien")).isTrue();
  }

  @Test
  void notInsideAWord() {
    assertThat(matches("rub", "Ana Sarubbi")).isFalse();
    assertThat(matches("bio", "Marco Rubio")).isFalse();
  }

  @Test
  void thePrefixIsLiteralText() {
    assertThat(matches("a.c", "abc")).isFalse();
    assertThat(matches("a.c", "x a.c")).isTrue();
    assertThat(matches(".*", "anything")).isFalse();
    assertThat(matches("\\E.*", "anything")).isFalse();
  }
}
