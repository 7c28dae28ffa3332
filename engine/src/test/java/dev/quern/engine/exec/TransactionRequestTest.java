package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.EnvChange;
import dev.quern.engine.api.TransactionRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TRANSACTION_MANAGER requests and T-SQL transactions drive one transaction per session. */
class TransactionRequestTest {
  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  private CollectingSink tm(TransactionRequest r) {
    CollectingSink sink = new CollectingSink();
    session.executeTransaction(r, sink);
    return sink;
  }

  private static List<EnvChange> envChanges(CollectingSink sink) {
    return sink.events.stream()
        .filter(e -> e instanceof CollectingSink.Env)
        .map(e -> ((CollectingSink.Env) e).change())
        .toList();
  }

  @Test
  void beginAndCommitSendDescriptors() {
    CollectingSink begin = tm(new TransactionRequest.Begin(0, ""));
    long descriptor = session.transactionDescriptor();
    assertThat(descriptor).isNotZero();
    assertThat(envChanges(begin)).containsExactly(new EnvChange.BeginTransaction(descriptor));

    CollectingSink commit = tm(new TransactionRequest.Commit("", false, 0));
    assertThat(envChanges(commit)).containsExactly(new EnvChange.CommitTransaction(descriptor));
    assertThat(session.transactionDescriptor()).isZero();
  }

  @Test
  void commitWithBeginNewStartsTheNextTransactionInTheSameResponse() {
    tm(new TransactionRequest.Begin(0, ""));
    long first = session.transactionDescriptor();
    CollectingSink sink = tm(new TransactionRequest.Commit("", true, 0));
    long second = session.transactionDescriptor();
    assertThat(second).isNotZero().isNotEqualTo(first);
    assertThat(envChanges(sink))
        .containsExactly(new EnvChange.CommitTransaction(first), new EnvChange.BeginTransaction(second));
  }

  @Test
  void rollbackWithNothingOpenIsANoOp() {
    CollectingSink sink = tm(new TransactionRequest.Rollback("", false, 0));
    assertThat(sink.errors()).isEmpty();
    assertThat(envChanges(sink)).isEmpty();
  }

  @Test
  void tsqlSeesTheWireTransaction() {
    tm(new TransactionRequest.Begin(2, "t"));
    CollectingSink sink = TestSessions.run(session, "SELECT @@TRANCOUNT");
    assertThat(sink.rows().getFirst()[0]).isEqualTo(1);
    CollectingSink rollback = TestSessions.run(session, "ROLLBACK");
    assertThat(envChanges(rollback)).hasSize(1).first().isInstanceOf(EnvChange.RollbackTransaction.class);
  }

  @Test
  void nestedBeginSendsOneEnvChange() {
    CollectingSink sink = TestSessions.run(session, "BEGIN TRAN BEGIN TRAN COMMIT COMMIT");
    assertThat(envChanges(sink)).hasSize(2);
    assertThat(envChanges(sink).get(0)).isInstanceOf(EnvChange.BeginTransaction.class);
    assertThat(envChanges(sink).get(1)).isInstanceOf(EnvChange.CommitTransaction.class);
  }

  @Test
  void closingTheSessionRollsBack() {
    TestSessions.run(session, "BEGIN TRAN");
    assertThat(session.transactionDescriptor()).isNotZero();
    session.close();
    assertThat(session.transactionDescriptor()).isZero();
  }

  @Test
  void useAndLanguageChangesAreReported() {
    CollectingSink sink = TestSessions.run(session, "USE tempdb SET LANGUAGE Deutsch");
    assertThat(envChanges(sink))
        .containsExactly(new EnvChange.Database("tempdb", "master"), new EnvChange.Language("Deutsch", "us_english"));
    assertThat(session.database()).isEqualTo("tempdb");
    assertThat(session.language()).isEqualTo("Deutsch");
    session.reset(false, new CollectingSink());
    assertThat(session.database()).isEqualTo("master");
    assertThat(session.language()).isEqualTo("us_english");
  }

  @Test
  void unknownLoginDatabaseIs4060() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            engine.openSession(new dev.quern.engine.api.SessionInfo(53, "sa", "nodb", "", "h", "a", 1, 0x74000004, 4096)))
        .isInstanceOfSatisfying(dev.quern.engine.api.EngineException.class,
            e -> assertThat(e.sqlMessage().number()).isEqualTo(4060));
  }
}
