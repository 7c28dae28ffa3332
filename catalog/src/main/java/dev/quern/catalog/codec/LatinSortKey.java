package dev.quern.catalog.codec;

import java.text.Normalizer;

/**
 * Sort keys of SQL_Latin1_General_CP1_CI_AS: case-insensitive, accent-sensitive.
 *
 * <p>A key has three sections, compared in turn: primary weights (the base letters, case folded; an
 * accent never changes them), then secondary weights (one per base character: its accents), then
 * the "word sort" characters. Each section ends with 0x00 0x00, below every weight, so a shorter
 * string that is a prefix of a longer one sorts first.
 *
 * <ul>
 *   <li>Primary classes order: whitespace, punctuation and symbols &lt; digits &lt; letters, then
 *       code point order of the case-folded base character within a class. Ligatures expand as SQL
 *       Server expands them: ß = ss, æ = ae, œ = oe; ø, ł, đ are o, l, d with a stroke accent.
 *   <li>For nchar/nvarchar (Windows collation rules, word sort) the hyphen and the apostrophe weigh
 *       nothing at the primary level ('coop' &lt; 'co-op' &lt; 'coopa'); their positions go to the
 *       third section. For char/varchar (SQL sort order 52) they are ordinary punctuation.
 *   <li>U+0000 is ignored entirely, as Windows collations ignore it.
 * </ul>
 *
 * Punctuation within its class follows code point order, which is where this differs from SQL
 * Server's tables (they order some symbols differently); letters, digits, case and accents agree.
 */
final class LatinSortKey {
  private static final int CLASS_SYMBOL = 1;
  private static final int CLASS_DIGIT = 2;
  private static final int CLASS_LETTER = 3;
  private static final int NO_ACCENT = 0x0001;
  private static final int STROKE = 0x0338;

  private LatinSortKey() {}

  static byte[] of(String s, boolean unicode, boolean caseSensitive, boolean accentSensitive) {
    String text = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
    ByteSink primary = new ByteSink(text.length() * 3 + 2);
    ByteSink secondary = new ByteSink(text.length() * 2 + 2);
    ByteSink tertiary = new ByteSink(caseSensitive ? text.length() + 2 : 0);
    ByteSink wordSort = new ByteSink(4);
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0) {
        continue;
      }
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        secondary.putShort(cp); // an accent of the previous base character
        continue;
      }
      if (unicode && (cp == '-' || cp == '\'')) {
        wordSort.putShort(position + 1).putShort(cp);
        continue;
      }
      int weights = base(cp, primary, secondary);
      position += weights;
      if (caseSensitive) {
        int caseWeight = Character.isUpperCase(cp) || Character.isTitleCase(cp) ? 2 : 1;
        for (int w = 0; w < weights; w++) {
          tertiary.put(caseWeight); // SQL Server's CS collations put lower case first
        }
      }
    }
    primary.putShort(0);
    ByteSink key =
        new ByteSink(primary.size() + secondary.size() + tertiary.size() + wordSort.size() + 4);
    key.put(primary.toBytes());
    if (accentSensitive) {
      secondary.putShort(0);
      key.put(secondary.toBytes());
    }
    if (caseSensitive) {
      tertiary.put(0);
      key.put(tertiary.toBytes());
    }
    key.put(wordSort.toBytes());
    return key.toBytes();
  }

  /** Writes one base character's weights; returns how many primary weights it produced. */
  private static int base(int cp, ByteSink primary, ByteSink secondary) {
    switch (cp) {
      case 'ß' -> {
        return letters(primary, secondary, "ss");
      }
      case 'æ', 'Æ' -> {
        return letters(primary, secondary, "ae");
      }
      case 'œ', 'Œ' -> {
        return letters(primary, secondary, "oe");
      }
      case 'ø', 'Ø' -> {
        return stroked(primary, secondary, 'o');
      }
      case 'ł', 'Ł' -> {
        return stroked(primary, secondary, 'l');
      }
      case 'đ', 'Đ' -> {
        return stroked(primary, secondary, 'd');
      }
      default -> {
        weight(primary, cp);
        secondary.putShort(NO_ACCENT);
        return 1;
      }
    }
  }

  private static int letters(ByteSink primary, ByteSink secondary, String expansion) {
    for (int j = 0; j < expansion.length(); j++) {
      weight(primary, expansion.charAt(j));
      secondary.putShort(NO_ACCENT);
    }
    return expansion.length();
  }

  private static int stroked(ByteSink primary, ByteSink secondary, char letter) {
    weight(primary, letter);
    secondary.putShort(STROKE);
    return 1;
  }

  private static void weight(ByteSink primary, int cp) {
    int folded = Character.toLowerCase(Character.toUpperCase(cp));
    int cls =
        Character.isLetter(folded)
            ? CLASS_LETTER
            : Character.isDigit(folded) ? CLASS_DIGIT : CLASS_SYMBOL;
    int w = (cls << 21) | folded; // 24 bits, first byte never 0: above the 0x00 0x00 terminator
    primary.put(w >>> 16).put(w >>> 8).put(w);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
