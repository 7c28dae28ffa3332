package dev.quern.catalog.fulltext;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quern's neutral word breaker, used for every column language: a word is a maximal run of letters
 * and digits (anything else separates words, so "e-mail" is two words and "it's" is "it" and "s"),
 * folded to lower case and, unless the catalog is accent sensitive, stripped of accents
 * ("Café" and "cafe" are one term). SQL Server's per-language word breakers also know compound
 * words, numbers with separators and dates; this one does not.
 *
 * <p>Each word keeps its ordinal position in the text (stopwords count too), which phrases and NEAR
 * compare.
 */
public final class WordBreaker {
  /** A term longer than this is cut: it bounds the key of an index entry. */
  public static final int MAX_TERM_LENGTH = 128;

  /** One word of a text: its normalized form and its position (0-based). */
  public record Word(String term, int position) {}

  private WordBreaker() {}

  /** The words of {@code text} in order. */
  public static List<Word> words(String text, boolean accentSensitive) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    int position = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      out.add(new Word(normalize(text.substring(start, i), accentSensitive), position++));
    }
    return out;
  }

  /** A word as the index keeps it: lower case, accents stripped unless sensitive, length capped. */
  public static String normalize(String word, boolean accentSensitive) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!accentSensitive) {
      String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
      StringBuilder b = new StringBuilder(decomposed.length());
      for (int i = 0; i < decomposed.length(); i++) {
        char c = decomposed.charAt(i);
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
          b.append(c);
        }
      }
      lower = Normalizer.normalize(b, Normalizer.Form.NFC);
    }
    return lower.length() > MAX_TERM_LENGTH ? lower.substring(0, MAX_TERM_LENGTH) : lower;
  }
}
