package io.facetwire.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  @Test
  void escapesEverythingButOurMarks() {
    String marked =
        "a <script>alert(1)</script> & \"" + Snippets.PRE + "prison" + Snippets.POST + "\" 'x'";
    assertThat(Snippets.toHtml(marked))
        .isEqualTo(
            "a &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<mark>prison</mark>&quot; &#39;x&#39;");
  }

  @Test
  void closesAnUnbalancedMarkAndSquashesWhiteSpace() {
    assertThat(Snippets.toHtml(Snippets.PRE + "open\n\n  end")).isEqualTo("<mark>open end</mark>");
  }

  @Test
  void singlePassGivesWhatEscapingThenSquashingGave() {
    String alphabet = "ab <>&\"'\n\t\r\u000B\f\u2003\u00A0" + Snippets.PRE + Snippets.POST;
    Random random = new Random(8);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--)
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      assertThat(Snippets.toHtml(text.toString()))
          .as("%s", text)
          .isEqualTo(escapeThenSquash(text.toString()));
    }
  }

  /** The former two-step version: escape and mark, then squash white space with a regex. */
  private static String escapeThenSquash(String marked) {
    String plain =
        marked.replace(Snippets.PRE + Snippets.PRE, "").replace(Snippets.POST + Snippets.POST, "");
    StringBuilder sb = new StringBuilder();
    boolean open = false;
    for (char c : plain.toCharArray()) {
      if (c == Snippets.PRE.charAt(0)) {
        if (!open) sb.append("<mark>");
        open = true;
      } else if (c == Snippets.POST.charAt(0)) {
        if (open) sb.append("</mark>");
        open = false;
      } else if (c == '<') {
        sb.append("&lt;");
      } else if (c == '>') {
        sb.append("&gt;");
      } else if (c == '&') {
        sb.append("&amp;");
      } else if (c == '"') {
        sb.append("&quot;");
      } else if (c == '\'') {
        sb.append("&#39;");
      } else if (c >= 0x20 || c == '\n' || c == '\t') {
        sb.append(c);
      }
    }
    if (open) sb.append("</mark>");
    return sb.toString().replaceAll("\\s+", " ").strip();
  }
}
