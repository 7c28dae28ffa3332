package dev.quern.catalog.fulltext;

/**
 * Quern's own inflectional stemmer for English, what FORMSOF(INFLECTIONAL, …) and FREETEXT match
 * on: a few suffix rules that map the regular inflections of a word to one stem ("runs", "running"
 * → "run"; "ponies", "pony" → "poni"; "walked", "walking", "walks" → "walk"; "makes", "making",
 * "make" → "mak"). A stem is a matching key, not a word. Irregular forms ("ran", "mice", "went")
 * are not related, unlike SQL Server's stemmer with its dictionary.
 */
public final class EnglishStemmer {
  private EnglishStemmer() {}

  /** The stem of the normalized word {@code term}. */
  public static String stem(String term) {
    if (term.length() <= 3 || !isAlphabetic(term)) {
      return term;
    }
    String s = term;
    if (s.endsWith("ies") || s.endsWith("ied")) {
      s = s.substring(0, s.length() - 3) + "i";
    } else if (s.endsWith("sses")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("es") && endsWithSibilant(s.substring(0, s.length() - 2))) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
      s = s.substring(0, s.length() - 1);
    } else if (s.endsWith("ing") && hasVowel(s.substring(0, s.length() - 3)) && s.length() > 5) {
      s = undouble(s.substring(0, s.length() - 3));
    } else if (s.endsWith("ed") && hasVowel(s.substring(0, s.length() - 2)) && s.length() > 5) {
      s = undouble(s.substring(0, s.length() - 2));
    }
    if (s.endsWith("y") && s.length() > 2 && !isVowel(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1) + "i"; // pony and ponies meet at "poni"
    }
    if (s.endsWith("e") && s.length() > 3) {
      s = s.substring(0, s.length() - 1); // make and making meet at "mak"
    }
    return s;
  }

  private static boolean endsWithSibilant(String s) {
    return s.endsWith("s") || s.endsWith("x") || s.endsWith("z") || s.endsWith("ch") || s.endsWith("sh");
  }

  /** "runn" → "run", "stopp" → "stop"; "fall", "miss", "buzz" keep theirs. */
  private static String undouble(String s) {
    int n = s.length();
    if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && !isVowel(s.charAt(n - 1))
        && "lsz".indexOf(s.charAt(n - 1)) < 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isVowel(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static boolean isAlphabetic(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }
}
