package dev.quern.engine.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * A golden SQL script in sqllogictest style. Blocks are separated by blank lines:
 *
 * <pre>
 * statement ok            the batch raises no error
 * statement error 137     the batch raises error 137 (first error)
 * query ITR [rowsort]     the batch returns rows (column count = letters)
 * describe                the result's columns: name, type, NULL/NOT NULL
 * </pre>
 *
 * followed by the batch text and optionally {@code ----} and the expected output: rows as
 * tab-separated values (NULL for null), {@code ! text} for informational messages (PRINT),
 * {@code error N: text} for errors. Lines starting with {@code #} outside blocks are comments.
 */
record GoldenFile(List<Block> blocks) {
  /** One block: its header words, SQL text, expected output (null when none was written). */
  record Block(int line, List<String> comments, List<String> header, String sql, List<String> expected) {
    String kind() {
      return header.getFirst();
    }
  }

  static GoldenFile parse(String text) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    List<String> comments = new ArrayList<>();
    while (i < lines.length) {
      String line = lines[i].stripTrailing();
      if (line.isEmpty()) {
        i++;
        continue;
      }
      if (line.startsWith("#")) {
        comments.add(line);
        i++;
        continue;
      }
      int start = i + 1;
      List<String> header = List.of(line.split("\\s+"));
      i++;
      StringBuilder sql = new StringBuilder();
      while (i < lines.length && !lines[i].isBlank() && !lines[i].equals("----")) {
        sql.append(lines[i]).append('\n');
        i++;
      }
      List<String> expected = null;
      if (i < lines.length && lines[i].equals("----")) {
        i++;
        expected = new ArrayList<>();
        while (i < lines.length && !lines[i].isEmpty()) {
          expected.add(lines[i]);
          i++;
        }
      }
      blocks.add(new Block(start, List.copyOf(comments), header, sql.toString().stripTrailing(), expected));
      comments.clear();
    }
    return new GoldenFile(blocks);
  }

  String render() {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      for (String c : b.comments()) {
        sb.append(c).append('\n');
      }
      sb.append(String.join(" ", b.header())).append('\n').append(b.sql()).append('\n');
      if (b.expected() != null) {
        sb.append("----\n");
        for (String l : b.expected()) {
          sb.append(l).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
