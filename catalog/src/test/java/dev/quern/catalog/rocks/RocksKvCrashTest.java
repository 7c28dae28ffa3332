package dev.quern.catalog.rocks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a committing JVM with SIGKILL and checks that every commit it acknowledged survived. The
 * kill lands after a number of acknowledgements, mid-stream of further commits.
 */
class RocksKvCrashTest {
  private static final int ACKS_BEFORE_KILL = 300;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedCommitSurvivesSigkill() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                dir.toString()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    long lastAck = -1;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ack ")) {
          lastAck = Long.parseLong(line.substring(4));
          if (lastAck + 1 >= ACKS_BEFORE_KILL) {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    assertThat(lastAck).as("acknowledged commits").isGreaterThanOrEqualTo(ACKS_BEFORE_KILL - 1);

    try (RocksKvStore store = RocksKvStore.open(dir);
        KvTxn t = store.begin()) {
      for (long n = 0; n <= lastAck; n++) {
        assertThat(t.get(CrashWriter.key(n))).as("acknowledged commit %d", n).isNotNull();
      }
      long lastDurable =
          Long.parseLong(
              new String(t.get("last".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)
                  .substring(3));
      assertThat(lastDurable).isGreaterThanOrEqualTo(lastAck);
      // The commit in flight at the kill may or may not be there, but nothing beyond it.
      assertThat(t.get(CrashWriter.key(lastDurable + 1))).isNull();
    }
  }
}
