package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loop of DDL statements one connection of {@link CrashDdlIT} runs in autocommit, round and
 * round, and the schema facts the acknowledged ones add up to. A statement sent whose answer the
 * crash took is in doubt: after the restart the schema must be the facts before it or after it,
 * nothing else, and the program goes on from whichever the server kept.
 */
final class DdlProgram {

  /** Deadlock victim, lock timeout: the statement did nothing and is sent again. */
  private static final List<Integer> RETRYABLE = List.of(1205, 1222);

  /** Reads the facts this program's statements change from a server. */
  interface FactReader {
    Set<String> read(Connection c) throws SQLException;
  }

  private final String name;
  private final List<DdlStep> steps;
  private final FactReader reader;
  private final AtomicInteger applied = new AtomicInteger();
  private final AtomicInteger sent = new AtomicInteger();
  private Set<String> facts;
  private volatile DdlStep inFlight;
  private volatile boolean crashing;
  private volatile Throwable unexpected;
  private Thread thread;

  DdlProgram(String name, List<DdlStep> steps, FactReader reader) {
    this.name = name;
    this.steps = List.copyOf(steps);
    this.reader = reader;
  }

  /** The facts as the freshly made schema has them: where the program starts. */
  void begin(Connection c) throws SQLException {
    facts = reader.read(c);
  }

  void start(QuernServer server) {
    crashing = false;
    thread = Thread.ofPlatform().name("ddl-" + name).start(() -> run(server));
  }

  int applied() {
    return applied.get();
  }

  /** How many statements this program has sent. */
  int sent() {
    return sent.get();
  }

  /** The statement sent and not answered yet, or null. */
  String inFlightSql() {
    DdlStep step = inFlight;
    return step == null ? null : step.sql();
  }

  void crashing() {
    crashing = true;
  }

  /** Null, or what went wrong other than the crash. */
  Throwable awaitEnd() throws InterruptedException {
    if (!thread.join(java.time.Duration.ofSeconds(90))) {
      return new AssertionError(thread.getName() + " still running 90 s after the kill");
    }
    return unexpected;
  }

  private void run(QuernServer server) {
    try (Connection c = server.connect("encrypt=false;socketTimeout=120000");
        Statement s = c.createStatement()) {
      while (!crashing) {
        DdlStep step = steps.get(applied.get() % steps.size());
        inFlight = step;
        sent.incrementAndGet();
        try {
          s.execute(step.sql());
        } catch (SQLException e) {
          if (crashing) {
            return; // in doubt: the step stays in flight
          }
          inFlight = null;
          if (!RETRYABLE.contains(e.getErrorCode())) {
            throw new AssertionError(name + ": " + step.sql() + " failed: " + e, e);
          }
          continue;
        }
        facts = step.apply(facts);
        applied.incrementAndGet();
        inFlight = null;
      }
    } catch (SQLException e) {
      if (!crashing) {
        unexpected = e;
      }
    } catch (AssertionError e) {
      unexpected = e;
    }
  }

  /**
   * After the restart: the schema holds every acknowledged statement and the one in doubt wholly
   * or not at all; the program then goes on from what the server kept. Returns the facts.
   */
  Set<String> verifyAndResolve(Connection c, String when) throws SQLException {
    Set<String> recovered = reader.read(c);
    DdlStep doubt = inFlight;
    inFlight = null;
    if (doubt != null && recovered.equals(doubt.apply(facts))) {
      facts = recovered;
      applied.incrementAndGet();
      return facts;
    }
    assertThat(recovered)
        .as("%s schema %s (%d statements acknowledged, in doubt: %s)", name, when, applied.get(),
            doubt == null ? "none" : doubt.sql())
        .isEqualTo(facts);
    return facts;
  }
}
