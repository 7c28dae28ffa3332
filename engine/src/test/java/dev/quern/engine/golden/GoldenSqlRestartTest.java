package dev.quern.engine.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the golden scripts of the storage areas twice on a data directory, once in one engine and
 * once restarting the engine (and session) before every block, and requires the same output:
 * whatever a block committed is there after a restart, and nothing else. A script whose blocks
 * share session state (an open transaction, SET options, temp tables) opts out with a line
 * {@code # no-restart: reason}.
 */
class GoldenSqlRestartTest {
  private static final Path ROOT = Path.of("src/test/resources/sql");
  private static final List<String> AREAS =
      List.of("ddl", "dml", "constraints", "transactions", "identity", "views", "sequences", "indexes",
          "functions", "types", "change_tracking", "agent", "encryption", "indexed_views", "fulltext",
          "xml_schema", "columnstore");
  private static final SessionInfo INFO =
      new SessionInfo(51, "sa", "", "", "golden", "GoldenSqlRestartTest", 1, 0x74000004, 4096);

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> goldenScriptsAcrossRestarts() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String area : AREAS) {
      Path d = ROOT.resolve(area);
      if (Files.isDirectory(d)) {
        try (Stream<Path> walk = Files.walk(d)) {
          walk.filter(p -> p.toString().endsWith(".sql")).sorted().forEach(files::add);
        }
      }
    }
    return files.stream()
        .filter(GoldenSqlRestartTest::restartable)
        .map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> run(f)));
  }

  private static boolean restartable(Path f) {
    try {
      return Files.readAllLines(f, StandardCharsets.UTF_8).stream()
          .noneMatch(l -> l.startsWith("# no-restart"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void run(Path file) throws IOException {
    GoldenFile golden = GoldenFile.parse(Files.readString(file, StandardCharsets.UTF_8));
    Path once = Files.createDirectories(dir.resolve(file.getFileName() + ".once"));
    Path restarted = Files.createDirectories(dir.resolve(file.getFileName() + ".restarted"));
    List<List<String>> expected = new ArrayList<>();
    try (QuernEngine engine = QuernEngine.open(once);
        EngineSession session = engine.openSession(INFO)) {
      for (GoldenFile.Block b : golden.blocks()) {
        expected.add(render(session, b.sql()));
      }
    }
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < golden.blocks().size(); i++) {
      GoldenFile.Block b = golden.blocks().get(i);
      List<String> actual;
      try (QuernEngine engine = QuernEngine.open(restarted);
          EngineSession session = engine.openSession(INFO)) {
        actual = render(session, b.sql());
      }
      if (!actual.equals(expected.get(i))) {
        failures.add(file.getFileName() + ":" + b.line() + ": after restart\n  " + String.join("\n  ", actual)
            + "\nwithout restart\n  " + String.join("\n  ", expected.get(i)));
      }
    }
    assertThat(failures).isEmpty();
  }

  private static List<String> render(EngineSession session, String sql) {
    CollectingSink sink = new CollectingSink();
    session.executeBatch(sql, sink);
    List<String> out = new ArrayList<>();
    for (CollectingSink.Event e : sink.events) {
      switch (e) {
        case CollectingSink.Row r -> out.add(Arrays.deepToString(r.values()));
        case CollectingSink.Message m -> out.add(m.message().number() + ": " + m.message().text());
        default -> {}
      }
    }
    return out;
  }
}
