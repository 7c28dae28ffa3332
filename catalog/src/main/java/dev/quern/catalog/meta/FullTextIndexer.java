package dev.quern.catalog.meta;

import dev.quern.catalog.fulltext.EnglishStemmer;
import dev.quern.catalog.fulltext.SystemStoplist;
import dev.quern.catalog.fulltext.WordBreaker;
import dev.quern.catalog.kv.KvTxn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a table's full-text index in step with its rows, in the transaction that changes them
 * (Quern's full-text maintenance is synchronous: SQL Server populates asynchronously, after the
 * commit). For each indexed column of a row: its words ({@link WordBreaker}) less the system
 * stopwords (STOPLIST = SYSTEM), each with its positions, under the word and under its stem.
 */
public final class FullTextIndexer implements RowChanges {
  private final FullTextPostings postings;
  private final boolean accentSensitive;
  private final boolean stoplist;
  private final int keyPosition;
  private final int[] columnIds;
  private final int[] positions;

  FullTextIndexer(KvTxn txn, Table table, FullTextIndex index, boolean accentSensitive) {
    this.postings = FullTextPostings.of(txn, table, index);
    this.accentSensitive = accentSensitive;
    this.stoplist = index.systemStoplist();
    Index key = table.indexes().stream().filter(i -> i.indexId() == index.keyIndexId()).findFirst().orElseThrow();
    this.keyPosition = table.position(key.keys().getFirst().columnId());
    this.columnIds = index.columns().stream().mapToInt(FullTextIndex.Column::columnId).toArray();
    this.positions = Arrays.stream(columnIds).map(table::position).toArray();
  }


  @Override
  public void inserted(Object[] row) {
    for (int i = 0; i < columnIds.length; i++) {
      add(columnIds[i], row[positions[i]], row[keyPosition]);
    }
  }

  @Override
  public void deleted(Object[] oldRow) {
    for (int i = 0; i < columnIds.length; i++) {
      remove(columnIds[i], oldRow[positions[i]], oldRow[keyPosition]);
    }
  }

  @Override
  public void updated(Object[] oldRow, Object[] newRow) {
    boolean keyChanged = !Arrays.equals(postings.keyBytes(oldRow[keyPosition]), postings.keyBytes(newRow[keyPosition]));
    for (int i = 0; i < columnIds.length; i++) {
      Object before = oldRow[positions[i]];
      Object after = newRow[positions[i]];
      if (keyChanged || !Objects.deepEquals(before, after)) {
        remove(columnIds[i], before, oldRow[keyPosition]);
        add(columnIds[i], after, newRow[keyPosition]);
      }
    }
  }

  /** Indexes one column value of the row whose key is {@code keyValue} (a full population's step). */
  void add(int columnId, Object value, Object keyValue) {
    if (value == null || keyValue == null) {
      return;
    }
    byte[] key = postings.keyBytes(keyValue);
    List<WordBreaker.Word> words = WordBreaker.words(text(value), accentSensitive);
    postings.putDocument(columnId, key, keyValue, words.size());
    for (var e : group(words, false).entrySet()) {
      postings.put(FullTextPostings.TERM, e.getKey(), columnId, key, toArray(e.getValue()), keyValue);
    }
    for (var e : group(words, true).entrySet()) {
      postings.put(FullTextPostings.STEM, e.getKey(), columnId, key, toArray(e.getValue()), keyValue);
    }
  }

  private void remove(int columnId, Object value, Object keyValue) {
    if (value == null || keyValue == null) {
      return;
    }
    byte[] key = postings.keyBytes(keyValue);
    List<WordBreaker.Word> words = WordBreaker.words(text(value), accentSensitive);
    postings.deleteDocument(columnId, key);
    for (String term : group(words, false).keySet()) {
      postings.delete(FullTextPostings.TERM, term, columnId, key);
    }
    for (String stem : group(words, true).keySet()) {
      postings.delete(FullTextPostings.STEM, stem, columnId, key);
    }
  }

  /** The positions of each indexed word (or stem), stopwords left out. */
  private Map<String, List<Integer>> group(List<WordBreaker.Word> words, boolean stems) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (WordBreaker.Word w : words) {
      if (stoplist && SystemStoplist.contains(w.term())) {
        continue;
      }
      String term = stems ? EnglishStemmer.stem(w.term()) : w.term();
      out.computeIfAbsent(term, k -> new ArrayList<>()).add(w.position());
    }
    return out;
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A column value as text: strings as they are, xml and others by their string form. */
  static String text(Object value) {
    return value instanceof String s ? s : value instanceof char[] c ? new String(c) : String.valueOf(value);
  }
}
