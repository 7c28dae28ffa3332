package dev.quern.engine.exec;

import dev.quern.engine.ast.BulkInsertOptions;
import dev.quern.engine.error.BulkLoadErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a BULK INSERT data file record by record, without holding the file in memory.
 *
 * <p>Character files are read as bcp reads them: each field but the last runs to the next field
 * terminator and the last to the row terminator, so a row with too few fields takes part of the
 * next row into a field (its conversion then fails) and a row with too many keeps the rest in its
 * last field. At the end of the file, a last row without its row terminator still counts when its
 * last field has something in it; a file that ends inside an earlier field fails with 4832. With
 * FORMAT = 'CSV' fields follow RFC 4180: a field may be quoted, may then hold terminators, and
 * spells the quote character twice inside; a record must have exactly one field per column (4879).
 * An empty field, quoted or not, is reported as null (the column's default or NULL). A format
 * file gives each field its own terminator ({@link Field}), or a fixed length in characters.
 *
 * <p>Character data files are UTF-8 (the code page of a Linux host; CODEPAGE is refused as on SQL
 * Server on Linux); widechar files are UTF-16 little-endian. A byte-order mark is skipped.
 */
final class BulkDataFile implements AutoCloseable {
  /**
   * One record: its row number in the file (from 1), its fields (null for an empty one), and, when
   * asked for (ERRORFILE), the byte offset where it starts in the file and its text as it stands
   * there, terminators included.
   */
  record Record(long row, String[] fields, long offset, String raw) {}

  /**
   * How a field of the file ends: at {@code terminator}, or, when that is empty (a format file's
   * field without one), after {@code length} characters.
   */
  record Field(String terminator, int length) {
    static Field terminated(String terminator) {
      return new Field(terminator, 0);
    }

    boolean fixed() {
      return terminator.isEmpty();
    }
  }

  private final BufferedReader reader;
  private final BulkInsertOptions options;
  private final java.util.List<Field> layout;
  private final String rowTerminator;
  private final int columns;
  private final String fileName;
  private final boolean wide;
  /** The text of the record being read, kept only for an error file (null otherwise). */
  private final StringBuilder raw;
  /** The bytes of the file before the record being read. */
  private long consumed;
  private final int maxFieldChars;
  private long row;
  /** The column (from 0) whose field is being read, for 4866. */
  private int column;
  private int pushedBack = -1;
  private final char[] buffer = new char[1 << 16];
  private int next;
  private int filled;

  BulkDataFile(InputStream in, BulkInsertOptions options, java.util.List<Field> layout, boolean wide, boolean keepRaw,
      String fileName) {
    this(in, options, layout, wide, keepRaw, fileName, MAX_FIELD_CHARS);
  }

  /** The fields of a file a format file describes. */
  static java.util.List<Field> layout(dev.quern.engine.bulk.BulkFormat format) {
    return format.fields().stream().map(f -> new Field(f.terminator(), f.length())).toList();
  }

  /** The fields of a file read without a format file: one per column, as the options end them. */
  static java.util.List<Field> layout(BulkInsertOptions options, int columns) {
    java.util.List<Field> fields = new java.util.ArrayList<>();
    for (int i = 0; i < columns; i++) {
      fields.add(Field.terminated(i == columns - 1 ? options.rowTerminator() : options.fields()));
    }
    return fields;
  }

  /**
   * A field longer than this fails the load (4866) instead of filling the server's memory: what a
   * terminator that never occurs in the file would otherwise do.
   */
  static final int MAX_FIELD_CHARS = 1 << 28;

  BulkDataFile(InputStream in, BulkInsertOptions options, java.util.List<Field> layout, boolean wide, boolean keepRaw,
      String fileName, int maxFieldChars) {
    this.maxFieldChars = maxFieldChars;
    this.options = options;
    this.layout = java.util.List.copyOf(layout);
    this.rowTerminator = layout.getLast().terminator();
    this.columns = layout.size();
    this.fileName = fileName;
    this.wide = wide;
    this.raw = keepRaw ? new StringBuilder() : null;
    try {
      PushbackInputStream bytes = new PushbackInputStream(in, 3);
      consumed = skipByteOrderMark(bytes, wide);
      this.reader = new BufferedReader(new InputStreamReader(
          bytes, wide ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips the byte-order mark if there is one; returns its length. */
  private static int skipByteOrderMark(PushbackInputStream in, boolean wide) throws IOException {
    byte[] mark = wide ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] head = in.readNBytes(mark.length);
    if (!java.util.Arrays.equals(head, mark)) {
      in.unread(head);
      return 0;
    }
    return mark.length;
  }

  /** The next record, or null at the end of the file. */
  Record next() {
    try {
      return options.csv() ? nextCsv() : nextDelimited();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int read() throws IOException {
    if (pushedBack >= 0) {
      int c = pushedBack;
      pushedBack = -1;
      return c;
    }
    if (next == filled) {
      // The reader's own read() takes a lock per character: fill a buffer of ours instead.
      filled = reader.read(buffer, 0, buffer.length);
      next = 0;
      if (filled <= 0) {
        filled = 0;
        return -1;
      }
    }
    char c = buffer[next++];
    if (raw != null) {
      raw.append(c); // a character pushed back was kept when first read
    }
    return c;
  }

  /** Whether another record starts (the file has more); counts it. */
  private boolean startsRecord() throws IOException {
    if (raw != null) {
      consumed += encodedLength(raw);
      raw.setLength(0);
    }
    int first = read();
    if (first < 0) {
      return false;
    }
    pushedBack = first;
    row++;
    return true;
  }

  private Record record(String[] fields) {
    return raw == null ? new Record(row, fields, -1, null) : new Record(row, fields, consumed, raw.toString());
  }

  /** The bytes {@code text} takes in the file's encoding. */
  private long encodedLength(CharSequence text) {
    if (wide) {
      return 2L * text.length();
    }
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3; // a surrogate pair: 4
    }
    return bytes;
  }

  private Record nextDelimited() throws IOException {
    if (!startsRecord()) {
      return null;
    }
    String[] fields = new String[columns];
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < columns; i++) {
      column = i;
      boolean last = i == columns - 1;
      Field f = layout.get(i);
      field.setLength(0);
      boolean ended = f.fixed() ? readChars(field, f.length()) : readUntil(field, f.terminator());
      if (!ended) { // the end of the file
        if (!last) {
          throw BulkLoadErrors.providerFailure(BulkLoadErrors.UNEXPECTED_EOF.raise());
        }
        if (field.isEmpty()) {
          return null; // a last row whose last field is empty and unterminated is not loaded
        }
      }
      fields[i] = field.isEmpty() ? null : field.toString();
    }
    return record(fields);
  }

  /** Appends the next {@code length} characters to {@code out}; false when the file ends first. */
  private boolean readChars(StringBuilder out, int length) throws IOException {
    for (int n = 0; n < length; n++) {
      int c = read();
      if (c < 0) {
        return false;
      }
      append(out, c);
    }
    return true;
  }

  /** Appends to {@code out} up to {@code terminator} (dropped); false when the file ends first. */
  private boolean readUntil(StringBuilder out, String terminator) throws IOException {
    char end = terminator.charAt(terminator.length() - 1);
    for (int c; (c = read()) >= 0; ) {
      append(out, c);
      if (c == end && endsWith(out, terminator)) {
        out.setLength(out.length() - terminator.length());
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(StringBuilder s, String suffix) {
    int start = s.length() - suffix.length();
    if (start < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (s.charAt(start + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private Record nextCsv() throws IOException {
    if (!startsRecord()) {
      return null;
    }
    String[] fields = new String[columns];
    StringBuilder field = new StringBuilder();
    char quote = options.fieldQuote();
    for (int i = 0; i < columns; i++) {
      column = i;
      boolean last = i == columns - 1;
      field.setLength(0);
      int c = read();
      Boundary ended;
      if (c == quote) {
        if (!readQuoted(field, quote)) {
          throw invalidCsv(i);
        }
        ended = boundary(new StringBuilder(), fieldTerminator(i));
        if (ended == Boundary.NONE) {
          throw invalidCsv(i);
        }
      } else {
        if (c >= 0) {
          pushedBack = c;
        }
        ended = readUnquoted(field, fieldTerminator(i));
      }
      // Each field but the last ends at a field terminator, the last at the row's end.
      if (last ? ended == Boundary.FIELD : ended != Boundary.FIELD) {
        throw invalidCsv(i);
      }
      fields[i] = field.isEmpty() ? null : field.toString();
    }
    return record(fields);
  }

  /**
   * What ends field {@code i} (from 0) before the row ends: its terminator, or for the last field
   * the one before it (a record with a field too many, as without a format file).
   */
  private String fieldTerminator(int i) {
    return i < columns - 1 ? layout.get(i).terminator() : i > 0 ? layout.get(i - 1).terminator() : options.fields();
  }

  /** Where a CSV field ended. */
  private enum Boundary { FIELD, ROW, END, NONE }

  /** Reads an unquoted field up to a terminator (dropped) or the end of the file. */
  private Boundary readUnquoted(StringBuilder out, String fieldTerminator) throws IOException {
    for (int c; (c = read()) >= 0; ) {
      append(out, c);
      if (endsWith(out, fieldTerminator)) {
        out.setLength(out.length() - fieldTerminator.length());
        return Boundary.FIELD;
      }
      if (endsWith(out, rowTerminator)) {
        out.setLength(out.length() - rowTerminator.length());
        return Boundary.ROW;
      }
    }
    return Boundary.END;
  }

  /** After an opening quote: the field up to its closing quote; false when the file ends first. */
  private boolean readQuoted(StringBuilder out, char quote) throws IOException {
    for (int c; (c = read()) >= 0; ) {
      if (c == quote) {
        int next = read();
        if (next != quote) {
          if (next >= 0) {
            pushedBack = next;
          }
          return true;
        }
      }
      append(out, c);
    }
    return false;
  }

  private void append(StringBuilder out, int c) {
    if (out.length() >= maxFieldChars) {
      throw BulkLoadErrors.providerFailure(BulkLoadErrors.COLUMN_TOO_LONG.raise(row, column + 1));
    }
    out.append((char) c);
  }

  /** Right after a closing quote: which terminator follows (NONE: something else does). */
  private Boundary boundary(StringBuilder scratch, String fieldTerminator) throws IOException {
    int c = read();
    if (c < 0) {
      return Boundary.END;
    }
    scratch.append((char) c);
    while (fieldTerminator.startsWith(scratch.toString()) || rowTerminator.startsWith(scratch.toString())) {
      if (scratch.toString().equals(fieldTerminator)) {
        return Boundary.FIELD;
      }
      if (scratch.toString().equals(rowTerminator)) {
        return Boundary.ROW;
      }
      c = read();
      if (c < 0) {
        return Boundary.NONE;
      }
      scratch.append((char) c);
    }
    return Boundary.NONE;
  }

  private RuntimeException invalidCsv(int column) {
    return BulkLoadErrors.providerFailure(BulkLoadErrors.CSV_INVALID_VALUE.raise(fileName, row, column + 1));
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // a file only read: nothing to lose
    }
  }
}
