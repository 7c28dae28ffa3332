package dev.quern.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.engine.error.SqlException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup file format: sets round-trip, appended sets stay apart, and every cut-short file is refused. */
class BackupFileTest {
  @TempDir Path dir;

  private static BackupSetHeader start(String db, boolean compressed) {
    return new BackupSetHeader(0, db, 7, "SQL_Latin1_General_CP1_CI_AS", "n", null, "srv", "sa", 1000, 0, new BackupLsns(BackupLsns.LOG, 1_000_000, 1_000_500, 900_000, 900_000, 0),
        false, compressed, true, 0, 0);
  }

  private static void entries(dev.quern.catalog.meta.DatabaseImage.Sink sink) {
    sink.entry(1, new byte[] {1, 2, 3});
    byte[] big = new byte[600_000];
    Arrays.fill(big, (byte) 'q');
    sink.entry(15, big);
    sink.entry(2, new byte[0]);
  }

  private static List<String> read(BackupFile f, int position) {
    List<String> out = new ArrayList<>();
    f.read(position, (kind, payload) -> out.add(kind + ":" + payload.length));
    return out;
  }

  @Test
  void setsRoundTripCompressedOrNotAndAppend() {
    BackupFile f = new BackupFile(dir.resolve("a.bak"), "a.bak");
    BackupSetHeader first = f.write(true, start("one", false), BackupFileTest::entries);
    BackupSetHeader second = f.write(false, start("two", true), BackupFileTest::entries);
    assertThat(first.position()).isEqualTo(1);
    assertThat(second.position()).isEqualTo(2);
    assertThat(second.setBytes()).isLessThan(first.setBytes());
    assertThat(f.sets()).extracting(BackupSetHeader::databaseName).containsExactly("one", "two");
    assertThat(f.sets().get(1).imageBytes()).isEqualTo(first.imageBytes());
    assertThat(read(f, 2)).containsExactly("1:3", "15:600000", "2:0");
    assertThat(f.write(true, start("three", false), s -> {}).position()).isEqualTo(1);
    assertThat(f.sets()).extracting(BackupSetHeader::databaseName).containsExactly("three");
  }

  @Test
  void everyCutShortFileIsMalformedNeverACrash() throws Exception {
    Path p = dir.resolve("cut.bak");
    BackupFile f = new BackupFile(p, "cut.bak");
    f.write(true, start("one", false), s -> s.entry(1, new byte[] {9, 9}));
    byte[] whole = Files.readAllBytes(p);
    for (int n = 1; n < whole.length; n++) {
      Files.write(p, Arrays.copyOf(whole, n));
      assertThatThrownBy(() -> read(f, 1)).isInstanceOf(SqlException.class)
          .satisfies(e -> assertThat(((SqlException) e).number()).isIn(3241, 3189));
    }
  }

  @Test
  void aFailedAppendLeavesTheFileAsItWas() throws Exception {
    Path p = dir.resolve("keep.bak");
    BackupFile f = new BackupFile(p, "keep.bak");
    f.write(true, start("one", false), BackupFileTest::entries);
    byte[] before = Files.readAllBytes(p);
    assertThatThrownBy(() -> f.write(false, start("two", false), s -> {
      s.entry(1, new byte[300_000]);
      throw new IllegalStateException("cancelled");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(Files.readAllBytes(p)).isEqualTo(before);
    assertThat(f.sets()).hasSize(1);
  }
}
