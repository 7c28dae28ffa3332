package dev.quern.catalog.fulltext;

import java.util.List;
import java.util.Set;

/**
 * The English (LCID 1033) words of SQL Server's system stoplist ("Configure and Manage Stopwords
 * and Stoplists for Full-Text Search"): the classic noise words, the single letters and the
 * digits. A stopword is not indexed and is ignored in a search condition (it still takes its
 * position, so a phrase with one matches the same words with any word there). Quern applies this
 * English list to columns of every language.
 */
public final class SystemStoplist {
  /** The stoplist's words in sys.fulltext_system_stopwords order (alphabetical). */
  public static final List<String> WORDS = List.of(
      "$", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "about", "after", "all", "also", "an",
      "and", "another", "any", "are", "as", "at", "b", "be", "because", "been", "before", "being",
      "between", "both", "but", "by", "c", "came", "can", "come", "could", "d", "did", "do", "does", "e",
      "each", "else", "f", "for", "from", "g", "get", "got", "h", "had", "has", "have", "he", "her", "here",
      "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "j", "just", "k", "l",
      "like", "m", "make", "many", "me", "might", "more", "most", "much", "must", "my", "n", "never", "no",
      "now", "o", "of", "on", "only", "or", "other", "our", "out", "over", "p", "q", "r", "re", "s", "said",
      "same", "see", "should", "since", "so", "some", "still", "such", "t", "take", "than", "that", "the",
      "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "u",
      "under", "up", "use", "v", "very", "w", "want", "was", "way", "we", "well", "were", "what", "when",
      "where", "which", "while", "who", "will", "with", "would", "x", "y", "you", "your", "z");

  private static final Set<String> SET = Set.copyOf(WORDS);

  /** The LCID the list is shown under in sys.fulltext_system_stopwords. */
  public static final int LANGUAGE_ID = 1033;

  private SystemStoplist() {}

  /** Whether the normalized word {@code term} is a stopword. */
  public static boolean contains(String term) {
    return SET.contains(term);
  }
}
