package dev.quern.engine.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.ValueFormatter;
import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden SQL script under {@code src/test/resources/sql} (one dynamic test per file,
 * one session per file, one batch per block). {@code -Dgolden.rewrite=true} rewrites the expected
 * outputs from what the engine produces; review that diff like code.
 */
class GoldenSqlTest {
  private static final Path ROOT = Path.of("src/test/resources/sql");
  private static final boolean REWRITE = Boolean.getBoolean("golden.rewrite");
  /** {@code -Dgolden.only=types/} runs only the scripts whose path starts so (while working on one area). */
  private static final String ONLY = System.getProperty("golden.only", "");

  @TestFactory
  Stream<DynamicTest> goldenScripts() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      files = walk.filter(p -> p.toString().endsWith(".sql"))
          .filter(p -> ROOT.relativize(p).toString().startsWith(ONLY)).sorted().toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> run(f)));
  }

  private void run(Path file) throws IOException {
    GoldenFile golden = GoldenFile.parse(Files.readString(file, StandardCharsets.UTF_8));
    List<GoldenFile.Block> rewritten = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession session =
            engine.openSession(new SessionInfo(51, "sa", "", "", "golden", "GoldenSqlTest", 1, 0x74000004, 4096))) {
      for (GoldenFile.Block b : golden.blocks()) {
        CollectingSink sink = new CollectingSink();
        session.executeBatch(b.sql(), sink);
        List<String> actual = render(b, sink);
        String problem = check(b, sink, actual);
        if (problem != null) {
          failures.add(file.getFileName() + ":" + b.line() + ": " + problem);
        }
        rewritten.add(new GoldenFile.Block(b.line(), b.comments(), rewriteHeader(b, sink), b.sql(),
            actual.isEmpty() && b.expected() == null ? null : actual));
      }
    }
    if (REWRITE) {
      Files.writeString(file, new GoldenFile(rewritten).render(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(failures).isEmpty();
  }

  private static List<String> rewriteHeader(GoldenFile.Block b, CollectingSink sink) {
    if (!b.kind().equals("statement")) {
      return b.header();
    }
    List<SqlMessage> errors = sink.errors();
    return errors.isEmpty() ? List.of("statement", "ok") : List.of("statement", "error", Integer.toString(errors.getFirst().number()));
  }

  private static String check(GoldenFile.Block b, CollectingSink sink, List<String> actual) {
    List<SqlMessage> errors = sink.errors();
    switch (b.kind()) {
      case "statement" -> {
        if (b.header().get(1).equals("ok") && !errors.isEmpty()) {
          return "unexpected error " + errors.getFirst().number() + ": " + errors.getFirst().text();
        }
        if (b.header().get(1).equals("error")) {
          int want = Integer.parseInt(b.header().get(2));
          if (errors.isEmpty() || errors.getFirst().number() != want) {
            return "expected error " + want + " but got " + (errors.isEmpty() ? "none" : errors.getFirst().number() + ": " + errors.getFirst().text());
          }
        }
      }
      case "query", "describe" -> {
        if (!errors.isEmpty()) {
          return "unexpected error " + errors.getFirst().number() + ": " + errors.getFirst().text();
        }
        if (b.kind().equals("query") && sink.lastColumns() != null
            && sink.lastColumns().size() != b.header().get(1).length()) {
          return "expected " + b.header().get(1).length() + " columns, got " + sink.lastColumns().size();
        }
      }
      default -> {
        return "unknown block kind " + b.kind();
      }
    }
    if (b.expected() != null && !b.expected().equals(actual)) {
      return "output differs\nexpected:\n  " + String.join("\n  ", b.expected()) + "\nactual:\n  " + String.join("\n  ", actual);
    }
    return null;
  }

  private static List<String> render(GoldenFile.Block b, CollectingSink sink) {
    if (b.kind().equals("describe")) {
      List<String> out = new ArrayList<>();
      List<ResultColumn> cols = sink.lastColumns();
      if (cols != null) {
        for (ResultColumn c : cols) {
          out.add(c.name() + "\t" + SqlTypes.sqlName(c.type()) + "\t" + (c.nullable() ? "NULL" : "NOT NULL"));
        }
      }
      return out;
    }
    boolean rowsort = b.header().contains("rowsort");
    List<String> out = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    List<ResultColumn> cols = null;
    for (CollectingSink.Event e : sink.events) {
      switch (e) {
        case CollectingSink.Columns c -> cols = c.columns();
        case CollectingSink.Row r -> {
          String line = formatRow(r.values(), cols);
          if (rowsort) {
            rows.add(line);
          } else {
            out.add(line);
          }
        }
        case CollectingSink.Message m -> {
          // A multi-line message (a script's STDOUT block) continues on "! " lines.
          String[] lines = m.message().text().split("\n", -1);
          out.add(m.message().isError()
              ? "error " + m.message().number() + ": " + lines[0]
              : "! " + (lines[0].isEmpty() && lines.length == 1 ? "(empty)" : lines[0]));
          for (int i = 1; i < lines.length; i++) {
            out.add("! " + lines[i]);
          }
        }
        default -> {}
      }
    }
    if (rowsort) {
      rows.sort(null);
      out.addAll(0, rows);
    }
    return out;
  }

  private static String formatRow(Object[] values, List<ResultColumn> cols) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append('\t');
      }
      sb.append(format(values[i], cols == null ? null : cols.get(i)));
    }
    return sb.toString();
  }

  static String format(Object v, ResultColumn col) {
    if (v == null) {
      return "NULL";
    }
    return switch (v) {
      case Boolean b -> b ? "1" : "0";
      case byte[] bytes -> "0x" + HexFormat.of().withUpperCase().formatHex(bytes);
      case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      case Float f -> new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString();
      case BigDecimal d -> d.toPlainString();
      case String s -> s.isEmpty() ? "(empty)" : s;
      default -> {
        try {
          yield col == null ? v.toString() : ValueFormatter.toText(v, col.type());
        } catch (RuntimeException e) {
          yield v.toString();
        }
      }
    };
  }
}
