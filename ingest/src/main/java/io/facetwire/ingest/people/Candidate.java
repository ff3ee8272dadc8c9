package io.facetwire.ingest.people;

import java.util.List;

/**
 * A run of name-shaped words that may be a person.
 *
 * @param words the words, titles and modifiers already removed
 * @param cued a title or role introduces it ("President", "Mr.", "said X, a spokeswoman")
 * @param titled a title stands right before it ("Mr. Trump"): only then may a lone word be a
 *     surname
 * @param vouched the context alone makes a single word a person, listed name or not ("Suharto said
 *     he", "Yeltsin, who", "met Kohl", "Chirac, the French president")
 */
record Candidate(List<Token> words, boolean cued, boolean titled, boolean vouched) {

  Candidate(List<Token> words, boolean cued, boolean titled) {
    this(words, cued, titled, false);
  }

  String text() {
    StringBuilder b = new StringBuilder();
    for (Token t : words) {
      if (!b.isEmpty()) b.append(' ');
      b.append(t.text());
    }
    return b.toString();
  }
}
