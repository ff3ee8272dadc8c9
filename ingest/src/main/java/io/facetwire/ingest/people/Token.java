package io.facetwire.ingest.people;

/**
 * One token of article text.
 *
 * @param text the word as written, without a possessive {@code 's}; abbreviations keep their dot
 * @param kind what shape it has, which decides whether it can be part of a name
 * @param possessive written with {@code 's}, so the name ends here ("El Salvador's President")
 * @param key the word without a trailing dot, lower case: the form lexicons are keyed by
 * @param afterHeading it starts the paragraph after a short one (a heading, a caption), so no name
 *     runs across into it ("Wrap-up" / "Ultimately, ...")
 */
record Token(String text, Kind kind, boolean possessive, boolean afterHeading, String key) {

  Token(String text, Kind kind, boolean possessive, boolean afterHeading) {
    this(text, kind, possessive, afterHeading, keyOf(text, kind));
  }

  enum Kind {
    /** Capitalised with lower case after: Bukele, McDonald, Ka-Shing, O'Brien. */
    CAPITALISED,
    /** Lower-case name connector: al-Sabah, bin, van, de, la. */
    PARTICLE,
    /** One to four capital initials with dots: H.W., F., U.S. */
    INITIALS,
    /** All capitals: OPEC, NECO, wire headlines. */
    UPPER,
    LOWER,
    NUMBER,
    PUNCT
  }

  boolean is(String s) {
    return text.equals(s);
  }

  boolean nameLike() {
    return kind == Kind.CAPITALISED || kind == Kind.PARTICLE || kind == Kind.INITIALS;
  }

  /**
   * The word without a trailing dot, lower case: the form lexicons are keyed by (computed once).
   */
  private static String keyOf(String text, Kind kind) {
    String t =
        text.endsWith(".") && kind != Kind.INITIALS ? text.substring(0, text.length() - 1) : text;
    return Lexicon.key(t);
  }
}
