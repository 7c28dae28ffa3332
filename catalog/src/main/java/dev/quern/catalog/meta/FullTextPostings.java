package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.codec.KeyBytes;
import dev.quern.catalog.codec.KeyCollation;
import dev.quern.catalog.codec.KeyColumn;
import dev.quern.catalog.codec.KeyEncoder;
import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inverted index of one full-text index, in its key range ({@link FullTextIndex#dataId}), read
 * and written in the caller's transaction:
 *
 * <pre>
 * data(dataId) 00 column:u32 key             a document: value = word count (varint), key value
 * data(dataId) 01 term 00 column:u32 key      a word: value = positions (varint count, deltas), key value
 * data(dataId) 02 stem 00 column:u32 key      a word's stem ({@code EnglishStemmer}), same value
 * </pre>
 *
 * {@code key} is the full-text key's memcomparable form, so a term's entries are in key order; terms
 * hold no 00 byte (they are letters and digits), so a term prefix is a key prefix. The key value
 * itself (as a one-slot row) ends every value: CONTAINSTABLE returns it.
 */
public final class FullTextPostings {
  static final byte DOCUMENT = 0;
  public static final byte TERM = 1;
  public static final byte STEM = 2;

  /** One word's occurrences in one column of one row. */
  public record Posting(String term, int columnId, byte[] key, int[] positions, Object keyValue) {}

  /** One indexed column value of one row and its number of words. */
  public record Document(int columnId, byte[] key, int length, Object keyValue) {}

  private final KvTxn txn;
  private final byte[] prefix;
  private final List<KeyColumn> keyColumns;
  private final RowLayout keyLayout;

  FullTextPostings(KvTxn txn, long dataId, Column keyColumn) {
    this.txn = txn;
    this.prefix = SystemKeys.data(dataId);
    this.keyColumns = List.of(new KeyColumn(keyColumn.type(), KeyCollation.forName(keyColumn.collation()), false));
    this.keyLayout = RowLayout.of(keyColumn.type());
  }

  /** The inverted index of {@code index} on {@code table}, in {@code txn}. */
  public static FullTextPostings of(KvTxn txn, Table table, FullTextIndex index) {
    Index key = table.indexes().stream().filter(i -> i.indexId() == index.keyIndexId()).findFirst().orElseThrow();
    return new FullTextPostings(txn, index.dataId(), table.columnById(key.keys().getFirst().columnId()));
  }

  /** The memcomparable form of a key value. */
  public byte[] keyBytes(Object keyValue) {
    return KeyEncoder.encode(new byte[0], keyColumns, new Object[] {keyValue});
  }

  void putDocument(int columnId, byte[] key, Object keyValue, int length) {
    byte[] k = new ByteSink(prefix.length + 5 + key.length).put(prefix).put(DOCUMENT).putInt(columnId).put(key).toBytes();
    txn.put(k, withKey(new ByteSink(8).putVarint(length), keyValue));
  }

  void deleteDocument(int columnId, byte[] key) {
    txn.delete(new ByteSink(prefix.length + 5 + key.length).put(prefix).put(DOCUMENT).putInt(columnId).put(key).toBytes());
  }

  void put(byte section, String term, int columnId, byte[] key, int[] positions, Object keyValue) {
    ByteSink v = new ByteSink(8 + positions.length * 2).putVarint(positions.length);
    int last = 0;
    for (int p : positions) {
      v.putVarint(p - last);
      last = p;
    }
    txn.put(entryKey(section, term, columnId, key), withKey(v, keyValue));
  }

  void delete(byte section, String term, int columnId, byte[] key) {
    txn.delete(entryKey(section, term, columnId, key));
  }

  private byte[] entryKey(byte section, String term, int columnId, byte[] key) {
    byte[] t = term.getBytes(StandardCharsets.UTF_8);
    return new ByteSink(prefix.length + t.length + 6 + key.length).put(prefix).put(section).put(t).put(0)
        .putInt(columnId).put(key).toBytes();
  }

  private byte[] withKey(ByteSink value, Object keyValue) {
    return value.put(RowCodec.encode(keyLayout, new Object[] {keyValue}, null)).toBytes();
  }

  /**
   * The entries of {@code term} in {@code section} ({@link #TERM} or {@link #STEM}), or of every term
   * that starts with it when {@code prefix}, in term then column then key order.
   */
  public List<Posting> postings(byte section, String term, boolean isPrefix) {
    byte[] t = term.getBytes(StandardCharsets.UTF_8);
    byte[] from = new ByteSink(prefix.length + t.length + 2).put(prefix).put(section).put(t).toBytes();
    if (!isPrefix) {
      from = new ByteSink(from.length + 1).put(from).put(0).toBytes();
    }
    List<Posting> out = new ArrayList<>();
    try (KvIterator it = txn.scan(from, KeyBytes.prefixEnd(from), false)) {
      while (it.next()) {
        out.add(posting(it.key(), it.value()));
      }
    }
    return out;
  }

  private Posting posting(byte[] k, byte[] value) {
    int start = prefix.length + 1;
    int end = start;
    while (k[end] != 0) {
      end++;
    }
    String term = new String(k, start, end - start, StandardCharsets.UTF_8);
    int columnId = new ByteSource(k, end + 1, 4).getInt();
    byte[] key = Arrays.copyOfRange(k, end + 5, k.length);
    ByteSource in = new ByteSource(value);
    int[] positions = new int[(int) in.getVarint()];
    int last = 0;
    for (int i = 0; i < positions.length; i++) {
      last += (int) in.getVarint();
      positions[i] = last;
    }
    return new Posting(term, columnId, key, positions, keyValue(value, in.position()));
  }

  /** Every indexed column value, in column then key order. */
  public List<Document> documents() {
    byte[] from = new ByteSink(prefix.length + 1).put(prefix).put(DOCUMENT).toBytes();
    List<Document> out = new ArrayList<>();
    try (KvIterator it = txn.scan(from, KeyBytes.prefixEnd(from), false)) {
      while (it.next()) {
        byte[] k = it.key();
        int columnId = new ByteSource(k, prefix.length + 1, 4).getInt();
        ByteSource in = new ByteSource(it.value());
        int length = (int) in.getVarint();
        out.add(new Document(columnId, Arrays.copyOfRange(k, prefix.length + 5, k.length), length,
            keyValue(it.value(), in.position())));
      }
    }
    return out;
  }

  /**
   * Every distinct term of {@code section} with the columns it is in and the number of rows
   * holding it there (sys.dm_fts_index_keywords), in term order.
   */
  public void terms(byte section, TermSink sink) {
    byte[] from = new ByteSink(prefix.length + 1).put(prefix).put(section).toBytes();
    try (KvIterator it = txn.scan(from, KeyBytes.prefixEnd(from), false)) {
      String term = null;
      int column = -1;
      long count = 0;
      while (it.next()) {
        Posting p = posting(it.key(), it.value());
        if (!p.term().equals(term) || p.columnId() != column) {
          if (term != null) {
            sink.term(term, column, count);
          }
          term = p.term();
          column = p.columnId();
          count = 0;
        }
        count++;
      }
      if (term != null) {
        sink.term(term, column, count);
      }
    }
  }

  /** Receives the terms of {@link #terms}. */
  @FunctionalInterface
  public interface TermSink {
    void term(String term, int columnId, long documentCount);
  }

  private Object keyValue(byte[] value, int at) {
    return RowCodec.decode(keyLayout, Arrays.copyOfRange(value, at, value.length), null)[0];
  }
}
