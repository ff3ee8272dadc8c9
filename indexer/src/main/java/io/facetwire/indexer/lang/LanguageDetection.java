package io.facetwire.indexer.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Which language an article is written in, from its text (Lingua's n-gram models), with the page's
 * declared language as a fallback only: pages declare their site's language, or a template's, and
 * exports often have none. The detector knows the ten analysed languages and a few neighbours
 * (Catalan, Galician, Polish, ...) so that their articles are not forced into the nearest analysed
 * one; low-accuracy mode (trigrams only) keeps memory and time small and is enough for paragraphs
 * (accuracy and cost in docs/languages.md). One shared instance: loading the models takes a while
 * and the detector is thread-safe.
 */
public final class LanguageDetection {
  /** Detection reads the title and this much of the body: enough for a paragraph, bounded in cost. */
  static final int MAX_CHARS = 1200;
  /** Less text than this (letters) is not detected: the declared language, if any, stands. */
  static final int MIN_LETTERS = 20;

  private static final Language[] KNOWN = {
    Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE, Language.FRENCH, Language.GERMAN, Language.ITALIAN,
    Language.DUTCH, Language.RUSSIAN, Language.ARABIC, Language.CHINESE,
    Language.CATALAN, Language.POLISH, Language.TURKISH, Language.SWEDISH, Language.UKRAINIAN, Language.JAPANESE,
    Language.KOREAN, Language.PERSIAN, Language.INDONESIAN
  };

  private static volatile LanguageDetection shared;

  private final LanguageDetector detector;

  LanguageDetection(LanguageDetector detector) {
    this.detector = detector;
  }

  /** The process-wide detector, built on first use (about a second: it reads the models from the jar). */
  public static LanguageDetection shared() {
    LanguageDetection d = shared;
    if (d == null) {
      synchronized (LanguageDetection.class) {
        d = shared;
        if (d == null) {
          d = new LanguageDetection(LanguageDetectorBuilder.fromLanguages(KNOWN)
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
    Language best = detector.detectLanguageOf(text);
    return best == Language.UNKNOWN ? declared : code(best);
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
    for (int i = 0; i < s.length() && n < MIN_LETTERS; i++) if (Character.isLetter(s.charAt(i))) n++;
    return n;
  }
}
