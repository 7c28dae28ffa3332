package dev.quern.engine.fulltext;

import dev.quern.catalog.fulltext.EnglishStemmer;
import dev.quern.catalog.fulltext.SystemStoplist;
import dev.quern.catalog.fulltext.WordBreaker;
import dev.quern.catalog.meta.FullTextPostings;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a search condition over a full-text index's inverted index, never over the table's
 * rows. A condition holds in a document (one indexed column of one row): AND, NEAR and phrases need
 * their words in the same column, as in SQL Server; a row matches when one of its searched columns
 * does. Each match carries a score: a term's is BM25 (k1 1.2, b 0.75) over the searched columns'
 * documents; AND takes the least of its sides, OR the greatest, AND NOT the
 * left side's, NEAR the least of its terms' divided by one plus the gap, ISABOUT the sum of its
 * weighted terms', FREETEXT the sum of its words'; a row's score is the sum of its matching
 * columns'. RANK is the score scaled into 0–1000 as {@code 1000 · s / (s + 1)}.
 */
public final class FullTextSearch {
  /** One document: a column of the row with the key {@code key}. */
  private record Doc(int columnId, ByteBuffer key) {}

  /** A document's match: the row's key value, its score, and where the matched term starts. */
  private record Hit(Object keyValue, double score, int[] positions) {}

  /** A matching row: its key value and RANK. */
  public record Row(Object keyValue, int rank) {}

  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private final FullTextPostings postings;
  private final Set<Integer> columns;
  private final boolean stoplist;
  private final boolean accentSensitive;
  private final boolean ranked;
  private Map<Doc, Integer> lengths;
  private double averageLength;

  public FullTextSearch(FullTextPostings postings, Set<Integer> columns, boolean stoplist, boolean accentSensitive,
      boolean ranked) {
    this.postings = postings;
    this.columns = columns;
    this.stoplist = stoplist;
    this.accentSensitive = accentSensitive;
    this.ranked = ranked;
  }

  /** The rows that satisfy CONTAINS' {@code condition}, by key bytes. */
  public Map<ByteBuffer, Row> contains(String condition) {
    return rows(eval(SearchConditionParser.parse(condition)));
  }

  /**
   * The rows that FREETEXT's {@code text} matches: any inflected form of any of its words (or, when
   * the text is one double-quoted string, the phrase).
   */
  public Map<ByteBuffer, Row> freetext(String text) {
    if (text == null || text.isBlank()) {
      throw dev.quern.engine.error.FullTextErrors.EMPTY_CONDITION.raise();
    }
    String t = text.strip();
    if (t.length() > 1 && t.startsWith("\"") && t.endsWith("\"")) {
      return rows(phrase(new SearchCondition.Phrase(
          WordBreaker.words(t.substring(1, t.length() - 1), true).stream().map(WordBreaker.Word::term).toList(),
          false)));
    }
    Map<Doc, Hit> all = new HashMap<>();
    for (WordBreaker.Word w : WordBreaker.words(t, true)) {
      sum(all, forms(List.of(w.term())), 1.0);
    }
    return rows(all);
  }

  private Map<ByteBuffer, Row> rows(Map<Doc, Hit> docs) {
    Map<ByteBuffer, Hit> byRow = new LinkedHashMap<>();
    for (Map.Entry<Doc, Hit> e : docs.entrySet()) {
      byRow.merge(e.getKey().key(), e.getValue(), (a, b) -> new Hit(a.keyValue(), a.score() + b.score(), a.positions()));
    }
    Map<ByteBuffer, Row> out = new LinkedHashMap<>();
    byRow.forEach((k, h) -> out.put(k, new Row(h.keyValue(), (int) Math.round(1000 * h.score() / (h.score() + 1)))));
    return out;
  }

  private Map<Doc, Hit> eval(SearchCondition c) {
    return switch (c) {
      case SearchCondition.Phrase p -> phrase(p);
      case SearchCondition.Forms f -> forms(f.words());
      case SearchCondition.Near n -> NearMatcher.near(n, n.terms().stream().map(this::phrase).toList());
      case SearchCondition.And a -> and(eval(a.left()), eval(a.right()));
      case SearchCondition.AndNot a -> {
        Map<Doc, Hit> left = new HashMap<>(eval(a.left()));
        left.keySet().removeAll(eval(a.right()).keySet());
        yield left;
      }
      case SearchCondition.Or o -> {
        Map<Doc, Hit> left = new HashMap<>(eval(o.left()));
        eval(o.right()).forEach((d, h) -> left.merge(d, h, (x, y) -> x.score() >= y.score() ? x : y));
        yield left;
      }
      case SearchCondition.Weighted w -> {
        Map<Doc, Hit> all = new HashMap<>();
        for (int i = 0; i < w.terms().size(); i++) {
          sum(all, eval(w.terms().get(i)), w.weights().get(i));
        }
        yield all;
      }
    };
  }

  private static Map<Doc, Hit> and(Map<Doc, Hit> left, Map<Doc, Hit> right) {
    Map<Doc, Hit> out = new HashMap<>();
    left.forEach((d, h) -> {
      Hit r = right.get(d);
      if (r != null) {
        out.put(d, h.score() <= r.score() ? h : r);
      }
    });
    return out;
  }

  private static void sum(Map<Doc, Hit> into, Map<Doc, Hit> more, double weight) {
    more.forEach((d, h) -> into.merge(d, new Hit(h.keyValue(), h.score() * weight, h.positions()),
        (x, y) -> new Hit(x.keyValue(), x.score() + y.score(), x.positions())));
  }

  /** A word or phrase (stopwords hold their places), each word a prefix when the term is one. */
  private Map<Doc, Hit> phrase(SearchCondition.Phrase p) {
    List<Map<Doc, Hit>> words = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < p.words().size(); i++) {
      String w = WordBreaker.normalize(p.words().get(i), accentSensitive);
      if (stoplist && SystemStoplist.contains(w) && !(p.prefix() && i == p.words().size() - 1)) {
        continue; // a noise word matches any word in its place
      }
      words.add(lookup(FullTextPostings.TERM, w, p.prefix()));
      offsets.add(i);
    }
    if (words.isEmpty()) {
      return Map.of();
    }
    if (words.size() == 1) {
      return words.getFirst();
    }
    return PhraseMatcher.match(words, offsets, (d, tf, positions) -> new Hit(words.getFirst().get(d).keyValue(),
        score(d, tf, docFrequency(words)), positions));
  }

  /** FORMSOF(INFLECTIONAL, …): the words' stems in the stem section. */
  private Map<Doc, Hit> forms(List<String> words) {
    Map<Doc, Hit> all = new HashMap<>();
    for (String w : words) {
      String term = WordBreaker.normalize(w, accentSensitive);
      if (stoplist && SystemStoplist.contains(term)) {
        continue;
      }
      lookup(FullTextPostings.STEM, EnglishStemmer.stem(term), false)
          .forEach((d, h) -> all.merge(d, h, (x, y) -> x.score() >= y.score() ? x : y));
    }
    return all;
  }

  /** The documents holding {@code term} (or a word it prefixes), with their positions and scores. */
  private Map<Doc, Hit> lookup(byte section, String term, boolean prefix) {
    Map<Doc, int[]> positions = new HashMap<>();
    Map<Doc, Object> keys = new HashMap<>();
    for (FullTextPostings.Posting p : postings.postings(section, term, prefix)) {
      if (columns != null && !columns.contains(p.columnId())) {
        continue;
      }
      Doc d = new Doc(p.columnId(), ByteBuffer.wrap(p.key()));
      keys.put(d, p.keyValue());
      positions.merge(d, p.positions(), FullTextSearch::union);
    }
    Map<Doc, Hit> out = new HashMap<>();
    int df = positions.size();
    positions.forEach((d, ps) -> out.put(d, new Hit(keys.get(d), score(d, ps.length, df), ps)));
    return out;
  }

  private static int[] union(int[] a, int[] b) {
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Arrays.sort(all);
    return all;
  }

  private static int docFrequency(List<Map<Doc, Hit>> words) {
    return words.stream().mapToInt(Map::size).min().orElse(0);
  }

  /** BM25 of a term found {@code tf} times in {@code d}, in {@code df} of the documents (1 unranked). */
  private double score(Doc d, int tf, int df) {
    if (!ranked) {
      return 1;
    }
    loadLengths();
    int n = lengths.size();
    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    double length = lengths.getOrDefault(d, 1);
    return idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / Math.max(averageLength, 1)));
  }

  private void loadLengths() {
    if (lengths != null) {
      return;
    }
    lengths = new HashMap<>();
    long total = 0;
    for (FullTextPostings.Document doc : postings.documents()) {
      if (columns == null || columns.contains(doc.columnId())) {
        lengths.put(new Doc(doc.columnId(), ByteBuffer.wrap(doc.key())), doc.length());
        total += doc.length();
      }
    }
    averageLength = lengths.isEmpty() ? 1 : (double) total / lengths.size();
  }

  /** Builds a phrase's hit in a document where its words line up {@code tf} times. */
  @FunctionalInterface
  interface HitMaker {
    Hit make(Doc d, int tf, int[] starts);
  }

  /** Finds where a phrase's words stand at their offsets from its first. */
  private static final class PhraseMatcher {
    static Map<Doc, Hit> match(List<Map<Doc, Hit>> words, List<Integer> offsets, HitMaker hit) {
      Map<Doc, Hit> out = new HashMap<>();
      for (Map.Entry<Doc, Hit> e : words.getFirst().entrySet()) {
        Doc d = e.getKey();
        List<Integer> starts = new ArrayList<>();
        for (int p : e.getValue().positions()) {
          boolean all = true;
          for (int i = 1; i < words.size() && all; i++) {
            Hit other = words.get(i).get(d);
            all = other != null && Arrays.binarySearch(other.positions(), p + offsets.get(i) - offsets.get(0)) >= 0;
          }
          if (all) {
            starts.add(p);
          }
        }
        if (!starts.isEmpty()) {
          out.put(d, hit.make(d, starts.size(), starts.stream().mapToInt(Integer::intValue).toArray()));
        }
      }
      return out;
    }
  }

  /** NEAR: documents where one occurrence of each term stands within the gap of the others. */
  private static final class NearMatcher {
    static Map<Doc, Hit> near(SearchCondition.Near n, List<Map<Doc, Hit>> terms) {
      Map<Doc, Hit> out = new HashMap<>();
      if (terms.isEmpty()) {
        return out;
      }
      for (Map.Entry<Doc, Hit> e : terms.getFirst().entrySet()) {
        Doc d = e.getKey();
        List<Hit> hits = new ArrayList<>();
        for (Map<Doc, Hit> t : terms) {
          Hit h = t.get(d);
          if (h == null) {
            break;
          }
          hits.add(h);
        }
        if (hits.size() < terms.size()) {
          continue;
        }
        long gap = n.ordered() ? orderedGap(hits) : unorderedGap(hits);
        if (gap >= 0 && gap <= n.maxGap()) {
          double least = hits.stream().mapToDouble(Hit::score).min().orElse(0);
          out.put(d, new Hit(e.getValue().keyValue(), least / (1 + gap), e.getValue().positions()));
        }
      }
      return out;
    }

    /** The fewest words between the terms taken in order (-1 when they never stand in order). */
    private static long orderedGap(List<Hit> hits) {
      long best = -1;
      for (int start : hits.getFirst().positions()) {
        int last = start;
        boolean found = true;
        for (int i = 1; i < hits.size() && found; i++) {
          int next = firstAfter(hits.get(i).positions(), last);
          found = next >= 0;
          last = next;
        }
        if (found) {
          long gap = last - start - (hits.size() - 1);
          best = best < 0 ? gap : Math.min(best, gap);
        }
      }
      return best;
    }

    private static int firstAfter(int[] positions, int after) {
      for (int p : positions) {
        if (p > after) {
          return p;
        }
      }
      return -1;
    }

    /** The fewest words between the terms in any order: the narrowest window holding one of each. */
    private static long unorderedGap(List<Hit> hits) {
      List<int[]> all = new ArrayList<>();
      for (int t = 0; t < hits.size(); t++) {
        for (int p : hits.get(t).positions()) {
          all.add(new int[] {p, t});
        }
      }
      all.sort((x, y) -> Integer.compare(x[0], y[0]));
      int[] counts = new int[hits.size()];
      int covered = 0;
      long best = -1;
      int left = 0;
      for (int[] right : all) {
        if (counts[right[1]]++ == 0) {
          covered++;
        }
        while (covered == hits.size()) {
          int[] l = all.get(left);
          long gap = right[0] - l[0] - (hits.size() - 1);
          best = best < 0 ? gap : Math.min(best, gap);
          if (--counts[l[1]] == 0) {
            covered--;
          }
          left++;
        }
      }
      return best < 0 ? -1 : Math.max(best, 0);
    }
  }
}
