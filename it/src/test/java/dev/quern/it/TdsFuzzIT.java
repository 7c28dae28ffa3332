package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.fuzz.FuzzCase;
import dev.quern.it.fuzz.FuzzRegressions;
import dev.quern.it.fuzz.FuzzSeed;
import dev.quern.it.fuzz.ServerLogWatch;
import dev.quern.it.fuzz.TdsMutator;
import dev.quern.it.fuzz.TdsSeeds;
import dev.quern.it.support.QuernServer;
import dev.quern.it.support.RawTds;
import dev.quern.it.support.RawTdsSession;
import dev.quern.it.support.TdsReply;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fuzzes what comes after a successful LOGIN7: mutations of valid SQL batches, RPCs with every
 * TYPE_INFO family, transaction-manager requests, INSERT BULK + BULK_LOAD and ATTENTION (see
 * {@link TdsSeeds}, {@link TdsMutator}), sent on a raw socket. SQL Server's rule is the oracle:
 * each case gets an answer (an ERROR and DONE, or results) after which the same connection still
 * runs a batch, or its connection is closed; never silence, never a dead server, never an
 * exception in the server log that bad input should not cause, and another mssql-jdbc session
 * keeps working throughout.
 *
 * <p>CI runs a fixed number of cases from a fixed seed. A long run:
 * {@code mvn -o -pl it verify -Dit.test=TdsFuzzIT -Dfuzz.cases=200000 -Dfuzz.seconds=1800}
 * ({@code -Dfuzz.first=N} replays from case N, {@code -Dfuzz.keepGoing=true} collects every
 * distinct failure instead of stopping at the first few).
 */
class TdsFuzzIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final long SEED = Long.getLong("fuzz.seed", 20_261_127L);
  private static final long FIRST = Long.getLong("fuzz.first", 0);
  private static final long CASES = Long.getLong("fuzz.cases", 20_000);
  /** A bound on the run besides the case count, so that a slow machine still finishes. */
  private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 40));
  private static final boolean KEEP_GOING = Boolean.getBoolean("fuzz.keepGoing");
  /** Prints every case and what it got, to find which earlier cases a failure depends on. */
  private static final boolean TRACE = Boolean.getBoolean("fuzz.trace");
  /** How long a case may take to be answered: generous, only "not forever". */
  private static final Duration ANSWER_BOUND =
      Duration.ofSeconds(Long.getLong("fuzz.answerSeconds", 30));
  private static final int OTHER_SESSION_EVERY = 100;
  private static final long MAX_REPLY_BYTES = 64L << 20;

  enum Outcome { ANSWERED, CLOSED, INCOMPLETE }

  private static Connection other;

  @BeforeAll
  static void createObjectsAndAnotherSession() throws SQLException {
    other = SERVER.connect();
    try (Statement s = other.createStatement()) {
      for (String sql : TdsSeeds.SETUP_SQL) {
        s.execute(sql);
      }
    }
  }

  @AfterAll
  static void closeOther() throws SQLException {
    if (other != null) {
      other.close();
    }
  }

  /**
   * The seeds themselves are valid requests: none is refused as malformed (4002, 8009, 8016,
   * 8023), so the mutations start from what a driver sends, not from an error path. The UDT seed
   * is the exception: Quern has no CLR types.
   */
  @Test
  void seedsAreWellFormedRequests() throws Exception {
    List<FuzzSeed> seeds = TdsSeeds.all();
    try (RawTdsSession session = RawTdsSession.login(SERVER, ANSWER_BOUND)) {
      for (int i = 0; i < seeds.size(); i++) {
        FuzzCase c = TdsMutator.unmutated(-1 - i, seeds.get(i));
        List<TdsReply> replies = new ArrayList<>();
        assertThat(run(session, c, replies)).as("%s", c).isEqualTo(Outcome.ANSWERED);
        List<Integer> malformed = replies.stream().flatMap(r -> r.errors().stream())
            .map(TdsReply.Error::number).filter(n -> List.of(4002, 8009, 8016, 8023).contains(n))
            .toList();
        System.out.printf("seed %s: %s%n", c.seed(), replies.stream()
            .flatMap(r -> r.errors().stream()).map(TdsReply.Error::number).toList());
        if (!c.seed().endsWith("udt")) {
          assertThat(malformed).as("%s: %s", c, replies).isEmpty();
        }
      }
    }
  }

  /**
   * The inputs that broke the server in long runs (see {@link FuzzRegressions}): each is answered
   * with SQL Server's errors, the connection still works, and the log stays clean.
   */
  @Test
  void inputsThatOnceBrokeTheServerGetTheirErrors() throws Exception {
    ServerLogWatch log = new ServerLogWatch(SERVER.logFile());
    try (RawTdsSession session = RawTdsSession.login(SERVER, ANSWER_BOUND)) {
      for (FuzzRegressions.Regression r : FuzzRegressions.all()) {
        FuzzCase c = TdsMutator.unmutated(0, r.seed());
        List<TdsReply> replies = new ArrayList<>();
        assertThat(run(session, c, replies)).as(r.name()).isEqualTo(Outcome.ANSWERED);
        assertThat(replies.stream().flatMap(x -> x.errors().stream()).map(TdsReply.Error::number))
            .as("%s: %s", r.name(), replies).containsExactlyElementsOf(r.errors());
        if (c.endsWithAttention()) {
          assertThat(replies.getLast().attentionAck()).as("%s: %s", r.name(), replies).isTrue();
        }
        assertThat(log.newSuspiciousLines()).as(r.name()).isEmpty();
      }
    }
  }

  @Test
  // The run bounds itself (fuzz.seconds, ANSWER_BOUND per case); long runs outlast the default.
  @Timeout(value = 3, unit = TimeUnit.HOURS)
  void mutatedRequestsAreAnsweredOrClosedAndHurtNothingElse() throws Exception {
    List<FuzzSeed> seeds = TdsSeeds.all();
    ServerLogWatch log = new ServerLogWatch(SERVER.logFile());
    Map<String, String> failures = new LinkedHashMap<>();
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    Map<Integer, Integer> errorNumbers = new TreeMap<>();
    long start = System.nanoTime();
    long ran = 0;
    RawTdsSession session = null;
    for (long n = FIRST; n < FIRST + CASES; n++, ran++) {
      if (System.nanoTime() - start > BUDGET.toNanos()) {
        break;
      }
      Random random = new Random(SEED * 1_000_003L + n);
      FuzzCase c = TdsMutator.mutate(n, seeds.get(random.nextInt(seeds.size())), random);
      if (session == null) {
        session = RawTdsSession.login(SERVER, ANSWER_BOUND);
      }
      List<TdsReply> replies = new ArrayList<>();
      Outcome outcome;
      try {
        outcome = run(session, c, replies);
      } catch (SocketTimeoutException e) {
        failures.putIfAbsent("hang " + c.seed(), c + " got no answer within " + ANSWER_BOUND
            + "\n  " + c.hex(400));
        outcome = Outcome.CLOSED;
      }
      if (outcome != Outcome.ANSWERED) {
        session.close();
        session = null;
      }
      outcomes.merge(outcome, 1, Integer::sum);
      if (TRACE) {
        System.out.println(c + " → " + outcome + " " + replies + "\n  " + c.hex(2000));
      }
      for (TdsReply reply : replies) {
        reply.errors().forEach(e -> errorNumbers.merge(e.number(), 1, Integer::sum));
        if (reply.contains("Internal error")) {
          failures.putIfAbsent(signature("internal " + reply.errors()), c + " answered " + reply.errors()
              + "\n  " + c.hex(400));
        }
      }
      if (outcome == Outcome.ANSWERED && c.endsWithAttention()
          && (replies.isEmpty() || !replies.getLast().attentionAck())) {
        failures.putIfAbsent("attention " + c.seed(), c + ": the ATTENTION's acknowledgement was"
            + " not the last answer: " + replies + "\n  " + c.hex(400));
      }
      for (String line : log.newSuspiciousLines()) {
        failures.putIfAbsent(signature(line), c + " logged:\n" + line + "\n  " + c.hex(400));
      }
      if (n % OTHER_SESSION_EVERY == 0) {
        assertServerAndOtherSessionWork(c);
      }
      if (!KEEP_GOING && failures.size() >= 5) {
        break;
      }
    }
    if (session != null) {
      session.close();
    }
    assertServerAndOtherSessionWork(null);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("TdsFuzzIT: %d cases (from %d) in %.1f s: %s; error numbers %s%n", ran,
        FIRST, seconds, outcomes, errorNumbers);
    failures.values().forEach(f -> System.out.println("FAILURE " + f));
    assertThat(failures.values()).as("fuzz failures").isEmpty();
  }

  /**
   * Sends the case, then (unless its framing left a message open) a batch that selects a marker,
   * and reads replies until the marker's: the case was answered and the connection still works.
   */
  private static Outcome run(RawTdsSession session, FuzzCase c, List<TdsReply> replies)
      throws IOException {
    try {
      RawTds.write(session.socket(), c.wire());
      if (c.incomplete()) {
        return Outcome.INCOMPLETE; // the server may rightly wait: we hang up instead
      }
      String marker = "fuzz-alive-" + c.number();
      session.send(RawTds.SQL_BATCH, TdsSeeds.batch("SELECT N'" + marker + "' AS m", false)
          .payload());
      long received = 0;
      while (true) {
        TdsReply reply = TdsReply.of(session.readMessage());
        received += reply.bytes().length;
        assertThat(received).as("%s: bytes answered", c).isLessThan(MAX_REPLY_BYTES);
        if (reply.contains(marker)) {
          assertThat(reply.errors()).as("%s: the batch after it", c).isEmpty();
          return Outcome.ANSWERED;
        }
        replies.add(reply);
      }
    } catch (EOFException | SocketException closed) {
      return Outcome.CLOSED;
    }
  }

  private static void assertServerAndOtherSessionWork(FuzzCase last) throws SQLException {
    assertThat(SERVER.isAlive()).as("server alive after %s", last).isTrue();
    try (Statement s = other.createStatement()) {
      s.setQueryTimeout(30);
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sys.objects")) {
        assertThat(rs.next()).as("other session after %s", last).isTrue();
      }
    }
  }

  /** What makes two log findings the same bug: the line without its time and session id. */
  private static String signature(String entry) {
    String first = entry.lines().findFirst().orElse(entry);
    String trace = entry.lines().skip(1).findFirst().orElse("");
    return first.replaceAll("^\\S+ +\\S+ +\\[spid [^]]*] ", "").replaceAll("\\d+", "#") + trace;
  }
}
