package io.facetwire.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellCheckTest {
  @Test
  void theCorrectionShowsNoEscapes() {
    assertThat(SpellCheck.unescaped("\\/rebel\\/")).isEqualTo("/rebel/");
    assertThat(SpellCheck.unescaped("Kuwait\\:oil \\\\ x")).isEqualTo("Kuwait:oil \\ x");
    assertThat(SpellCheck.unescaped("penitentiary")).isEqualTo("penitentiary");
  }
}
