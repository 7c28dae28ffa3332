package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.CommitOutcomes.Ack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows of {@link CrashRecoveryIT}'s three tables as full scans return them after a restart,
 * and the invariants that hold between them when every transaction was atomic.
 */
record RecoveredState(
    Map<Integer, Integer> balances, Map<Integer, Transfer> transfers, Map<String, Ack> ledger,
    Map<Integer, Integer> ledgerAmounts) {

  /** One row of dbo.transfers. */
  record Transfer(int from, int to, int amount) {}

  static RecoveredState read(Connection c) throws SQLException {
    Map<Integer, Integer> balances = new HashMap<>();
    Map<Integer, Transfer> transfers = new HashMap<>();
    Map<String, Ack> ledger = new HashMap<>();
    Map<Integer, Integer> ledgerAmounts = new HashMap<>();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT id, balance FROM dbo.accounts")) {
        while (rs.next()) {
          assertThat(balances.put(rs.getInt(1), rs.getInt(2))).as("duplicate account").isNull();
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT id, from_id, to_id, amount FROM dbo.transfers")) {
        while (rs.next()) {
          Transfer t = new Transfer(rs.getInt(2), rs.getInt(3), rs.getInt(4));
          assertThat(transfers.put(rs.getInt(1), t)).as("duplicate transfer id").isNull();
        }
      }
      try (ResultSet rs =
          s.executeQuery("SELECT txn_key, seq_no, transfer_id, amount FROM dbo.ledger")) {
        while (rs.next()) {
          Ack row = new Ack(rs.getLong(2), rs.getInt(3));
          assertThat(ledger.put(rs.getString(1), row)).as("duplicate txn_key").isNull();
          assertThat(ledgerAmounts.put(rs.getInt(3), rs.getInt(4))).as("two ledger rows for one transfer")
              .isNull();
        }
      }
    }
    return new RecoveredState(balances, transfers, ledger, ledgerAmounts);
  }

  /** Money is conserved, no balance is negative, and each balance is explained by the transfers. */
  void assertConsistent(int accounts, int startBalance, String when) {
    assertThat(balances).as("accounts %s", when).hasSize(accounts);
    assertThat(balances.values().stream().mapToLong(Integer::longValue).sum())
        .as("sum(balance) %s", when).isEqualTo((long) accounts * startBalance);
    assertThat(balances.values()).as("CHECK (balance >= 0) %s", when).allMatch(b -> b >= 0);
    Map<Integer, Integer> expected = new HashMap<>();
    for (int id = 1; id <= accounts; id++) {
      expected.put(id, startBalance);
    }
    for (Transfer t : transfers.values()) {
      expected.merge(t.from(), -t.amount(), Integer::sum);
      expected.merge(t.to(), t.amount(), Integer::sum);
    }
    assertThat(balances).as("balances explained by transfers (atomic commits) %s", when)
        .isEqualTo(expected);
    Map<Integer, Integer> transferAmounts = new HashMap<>();
    transfers.forEach((id, t) -> transferAmounts.put(id, t.amount()));
    assertThat(ledgerAmounts).as("one ledger row per transfer, same amount %s", when)
        .isEqualTo(transferAmounts);
  }

  long transfersFrom(int account) {
    return transfers.values().stream().filter(t -> t.from() == account).count();
  }

  int maxTransferId() {
    return transfers.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  long maxSequenceValue() {
    return ledger.values().stream().mapToLong(Ack::sequenceValue).max().orElse(0);
  }
}
