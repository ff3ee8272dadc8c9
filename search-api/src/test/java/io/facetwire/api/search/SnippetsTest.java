package io.facetwire.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {
  @Test
  void escapesEverythingButOurMarks() {
    String marked = "a <script>alert(1)</script> & \"" + Snippets.PRE + "prison" + Snippets.POST + "\" 'x'";
    assertThat(Snippets.toHtml(marked))
        .isEqualTo("a &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<mark>prison</mark>&quot; &#39;x&#39;");
  }

  @Test
  void closesAnUnbalancedMarkAndSquashesWhiteSpace() {
    assertThat(Snippets.toHtml(Snippets.PRE + "open\n\n  end")).isEqualTo("<mark>open end</mark>");
  }
}
