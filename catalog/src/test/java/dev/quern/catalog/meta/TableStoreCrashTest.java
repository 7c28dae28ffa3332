package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs a process inserting through the catalog, then checks on restart: the table definition is
 * intact, every acknowledged row is there, the running total agrees with the rows, every index
 * agrees with the rows, and identity values continue above every acknowledged one.
 */
class TableStoreCrashTest {
  private static final int ACKS_BEFORE_KILL = 150;

  @TempDir Path dir;

  @Test
  void acknowledgedRowsAndConsistentIndexesSurviveSigkill() throws Exception {
    long lastAck = runAndKill();
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn t = store.begin()) {
      Metadata m = catalog.metadata(t);
      Database db = m.database("db").orElseThrow();
      Table people = m.table(m.schema(db.id(), "dbo").orElseThrow().id(), "people").orElseThrow();
      TableStore rows = TableStore.open(catalog, t, people, null);

      Set<Integer> ids = new HashSet<>();
      long sum = 0;
      long total = -1;
      try (RowCursor c = rows.scan(KeyRange.ALL, false)) {
        while (c.next()) {
          Object[] row = c.row();
          int id = (Integer) row[0];
          if (id == 0) {
            total = Long.parseLong((String) row[2]);
            continue;
          }
          ids.add(id);
          sum += id;
          Index unique = people.index("UQ_people_name").orElseThrow();
          assertThat(rows.findUnique(unique, new Object[] {row[1]})).hasValue(c.locator());
        }
      }
      for (int id = 1; id <= lastAck; id++) {
        assertThat(ids).as("acknowledged row %d", id).contains(id);
      }
      assertThat(total).as("the total row commits with the rows").isEqualTo(sum);
      int entries = 0;
      try (IndexCursor c =
          rows.seek(people.index("IX_people_city").orElseThrow(), KeyRange.ALL, false)) {
        while (c.next()) {
          assertThat(c.row()).as("index entry points at a row").isNotNull();
          entries++;
        }
      }
      assertThat(entries).isEqualTo(ids.size() + 1);
      Identity identity = people.identityColumn().orElseThrow().identity();
      assertThat(catalog.values().nextIdentity(people.id(), identity)).isGreaterThan(lastAck);
      assertThat(List.copyOf(ids)).allSatisfy(id -> assertThat(id).isPositive());
    }
  }

  private long runAndKill() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                TableCrashWriter.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    long lastAck = -1;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ack ")) {
          lastAck = Long.parseLong(line.substring(4));
          if (lastAck >= ACKS_BEFORE_KILL) {
            child.destroyForcibly();
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    assertThat(lastAck).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
    return lastAck;
  }
}
