package io.facetwire.ingest.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;

/**
 * Which language an article is written in, from its text (Lingua's n-gram models), with the page's
 * declared language as a fallback only: pages declare their site's language, or a template's, and
 * exports often have none. The detector knows the ten analysed languages and a few neighbours
 * (Catalan, Polish, Ukrainian, ...) so that their articles are not forced into the nearest analysed
 * one; low-accuracy mode (trigrams only) keeps memory and time small and is enough for paragraphs
 * (accuracy and cost in docs/languages.md). One shared instance: loading the models takes a while
 * and the detector is thread-safe.
 */
public final class LanguageDetection {
  /**
   * Detection reads the title and this much of the body (some 60 words): Lingua's cost grows with
   * the text (10 ms for 600 characters, 6 ms for 300, measured on the loaded shared machine), its
   * accuracy on paragraphs of this size is already at the target (docs/languages.md).
   */
  static final int MAX_CHARS = 400;

  /**
   * Words so frequent in English prose, and so rare as words of the other detected languages, that
   * a text where they are at least {@link #ENGLISH_SHARE} of the words is English without asking
   * Lingua: that keeps detection off the indexing cost of English corpora (a scan of the words
   * instead of milliseconds of models). No paragraph of the labelled set in another language comes
   * near.
   */
  static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the", "of", "and", "to", "that", "for", "with", "was", "as", "by", "from", "his", "her",
          "said", "this", "which", "were", "have", "has", "are", "it", "on", "at", "be", "is",
          "they");

  static final double ENGLISH_SHARE = 0.2;

  /** Fewer words than this never take the English shortcut. */
  static final int ENGLISH_MIN_WORDS = 20;

  /** Less text than this (letters) is not detected: the declared language, if any, stands. */
  static final int MIN_LETTERS = 20;

  private static final Language[] KNOWN = {
    Language.ENGLISH,
    Language.SPANISH,
    Language.PORTUGUESE,
    Language.FRENCH,
    Language.GERMAN,
    Language.ITALIAN,
    Language.DUTCH,
    Language.RUSSIAN,
    Language.ARABIC,
    Language.CHINESE,
    Language.CATALAN,
    Language.POLISH,
    Language.TURKISH,
    Language.SWEDISH,
    Language.UKRAINIAN,
    Language.JAPANESE,
    Language.KOREAN,
    Language.PERSIAN,
    Language.INDONESIAN
  };

  private static volatile LanguageDetection shared;

  private final LanguageDetector detector;

  LanguageDetection(LanguageDetector detector) {
    this.detector = detector;
  }

  /**
   * The process-wide detector, built on first use (about a second: it reads the models from the
   * jar).
   */
  public static LanguageDetection shared() {
    LanguageDetection d = shared;
    if (d == null) {
      synchronized (LanguageDetection.class) {
        d = shared;
        if (d == null) {
          d =
              new LanguageDetection(
                  LanguageDetectorBuilder.fromLanguages(KNOWN)
                      .withLowAccuracyMode()
                      .withPreloadedLanguageModels()
                      .build());
          shared = d;
        }
      }
    }
    return d;
  }

  /**
   * The ISO 639-1 code of the text's language, or the declared one when the text is too short to
   * tell or the detector cannot decide; null when neither says. Lingua's confidence values are
   * relative log-probabilities (every language scores close to the best on a paragraph), so they
   * cannot weigh a declaration against the text; the text decides whenever it can.
   */
  public String detect(String title, String body, String declared) {
    String text = sample(title, body);
    if (letters(text) < MIN_LETTERS) return declared;
    if (plainlyEnglish(text)) return "en";
    Language best = detector.detectLanguageOf(text);
    return best == Language.UNKNOWN ? declared : code(best);
  }

  /** Whether English function words make up at least {@link #ENGLISH_SHARE} of the text's words. */
  static boolean plainlyEnglish(String text) {
    int words = 0;
    int english = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) start = i;
      if (!letter && start >= 0) {
        words++;
        if (i - start <= 5
            && ENGLISH_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) english++;
        start = -1;
      }
    }
    return words >= ENGLISH_MIN_WORDS && english >= ENGLISH_SHARE * words;
  }

  static String code(Language language) {
    return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  private static String sample(String title, String body) {
    StringBuilder sb = new StringBuilder(MAX_CHARS + 200);
    if (title != null) sb.append(title).append(". ");
    if (body != null) sb.append(body, 0, Math.min(body.length(), MAX_CHARS));
    return sb.toString();
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && n < MIN_LETTERS; i++)
      if (Character.isLetter(s.charAt(i))) n++;
    return n;
  }
}
