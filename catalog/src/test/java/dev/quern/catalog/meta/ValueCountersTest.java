package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueCountersTest {
  @TempDir Path dir;
  private static final Identity ID = new Identity(100, 10);

  @Test
  void identityValuesAreNotRolledBackAndContinueAfterCleanRestart() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      assertThat(catalog.values().currentIdentity(7)).isEmpty();
      try (KvTxn t = store.begin()) {
        assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(100);
        assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(110);
        t.rollback();
      }
      assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(120);
    }
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      assertThat(catalog.values().currentIdentity(7)).hasValue(120);
      assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(130);
    }
  }

  @Test
  void afterACrashIdentityJumpsAheadButNeverRepeats() {
    RocksKvStore store = RocksKvStore.open(dir);
    Catalog catalog = Catalog.open(store);
    long last = 0;
    for (int i = 0; i < 5; i++) {
      last = catalog.values().nextIdentity(7, ID);
    }
    store.close(); // no catalog.close(): the exact position is lost, as in a crash
    try (RocksKvStore again = RocksKvStore.open(dir);
        Catalog restarted = Catalog.open(again)) {
      long next = restarted.values().nextIdentity(7, ID);
      assertThat(next).isGreaterThan(last);
      assertThat(next)
          .isEqualTo(100 + 10L * ValueCounters.IDENTITY_BLOCK); // the jump of one cache block
    }
  }

  @Test
  void identityInsertAndReseedMoveTheCurrentValue() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      catalog.values().nextIdentity(7, ID);
      catalog.values().observeIdentity(7, ID, 500);
      assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(510);
      catalog.values().observeIdentity(7, ID, 200); // below the current value: no change
      assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(520);
      assertThat(catalog.values().reseedIdentity(7, ID, OptionalLong.empty()).current()).hasValue(520); // TRUNCATE
      assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(100);
    }
  }

  /**
   * TRUNCATE resets the counter before its transaction commits: a crash in between must not
   * restart numbering below the rows still there (the reset used to be persisted at once: the
   * next insert after such a crash got 2627).
   */
  @Test
  void aCrashAfterAReseedNeverRestartsBelowTheValuesHandedOut() {
    RocksKvStore store = RocksKvStore.open(dir);
    Catalog catalog = Catalog.open(store);
    long last = 0;
    for (int i = 0; i < 5; i++) {
      last = catalog.values().nextIdentity(7, ID);
    }
    catalog.values().reseedIdentity(7, ID, OptionalLong.empty());
    store.close(); // no catalog.close(): a crash before the TRUNCATE committed
    try (RocksKvStore again = RocksKvStore.open(dir);
        Catalog restarted = Catalog.open(again)) {
      assertThat(restarted.values().nextIdentity(7, ID)).isGreaterThan(last);
    }
  }

  @Test
  void aReseedRolledBackIsUndoneAndOneCommittedSurvivesACleanRestart() {
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      catalog.values().nextIdentity(7, ID);
      catalog.values().nextIdentity(7, ID);
      var before = catalog.values().reseedIdentity(7, ID, OptionalLong.empty());
      assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(100);
      catalog.values().restoreIdentity(7, before); // the TRUNCATE rolled back
      assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(120);
      catalog.values().reseedIdentity(7, ID, OptionalLong.empty()); // this one commits
    }
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(100);
    }
  }

  /**
   * DBCC CHECKIDENT RESEED, value persists the value at once; its rollback persists the counter it
   * replaced again, so a crash after the rollback resumes from there, not from the reseed.
   */
  @Test
  void aReseedToAValueRolledBackIsUndoneAlsoAfterACrash() {
    RocksKvStore store = RocksKvStore.open(dir);
    Catalog catalog = Catalog.open(store);
    long last = 0;
    for (int i = 0; i < 5; i++) {
      last = catalog.values().nextIdentity(7, ID);
    }
    var before = catalog.values().reseedIdentityTo(7, 0);
    assertThat(catalog.values().nextIdentity(7, ID)).isEqualTo(10);
    catalog.values().restoreIdentity(7, before);
    assertThat(catalog.values().currentIdentity(7)).hasValue(last);
    store.close(); // no catalog.close(): a crash
    try (RocksKvStore again = RocksKvStore.open(dir);
        Catalog restarted = Catalog.open(again)) {
      assertThat(restarted.values().nextIdentity(7, ID)).isGreaterThan(last);
    }
  }

  @Test
  void aReseedToAValueCommittedSurvivesACrash() {
    RocksKvStore store = RocksKvStore.open(dir);
    Catalog catalog = Catalog.open(store);
    for (int i = 0; i < 5; i++) {
      catalog.values().nextIdentity(7, ID);
    }
    catalog.values().reseedIdentityTo(7, 3);
    store.close(); // no catalog.close(): a crash after the reseed committed
    try (RocksKvStore again = RocksKvStore.open(dir);
        Catalog restarted = Catalog.open(again)) {
      assertThat(restarted.values().nextIdentity(7, ID)).isEqualTo(13);
    }
  }

  /**
   * ALTER SEQUENCE … RESTART draws values under its new definition before it commits: rolled back,
   * or lost in a crash, the old definition's counter goes on where it was (it started over at the
   * start value before, handing out again values drawn before the RESTART).
   */
  @Test
  void aRestartNotCommittedLeavesTheOldCounterWhereItWasAlsoAfterACrash() {
    Sequence before = new Sequence(60, 1, "s", SqlType.of(TypeId.INT), 1, 1, 1, 1000, false, 10, 0);
    Sequence restarted = new Sequence(60, 1, "s", SqlType.of(TypeId.INT), 100, 1, 1, 1000, false, 10, 77);
    RocksKvStore store = RocksKvStore.open(dir);
    Catalog catalog = Catalog.open(store);
    ValueCounters v = catalog.values();
    assertThat(new long[] {v.nextSequenceValue(before), v.nextSequenceValue(before)}).containsExactly(1, 2);
    assertThat(v.nextSequenceValue(restarted)).isEqualTo(100); // inside the ALTER's transaction
    assertThat(v.nextSequenceValue(before)).isEqualTo(3); // the ALTER rolled back
    assertThat(v.nextSequenceValue(restarted)).isEqualTo(101); // another one, not committed either
    store.close(); // a crash
    try (RocksKvStore again = RocksKvStore.open(dir);
        Catalog restartedCatalog = Catalog.open(again)) {
      assertThat(restartedCatalog.values().nextSequenceValue(before)).isEqualTo(4);
      assertThat(restartedCatalog.values().currentSequenceValue(before)).hasValue(4);
    }
  }

  @Test
  void sequencesCycleOrStopAtTheirBoundsAndSurviveRestart() {
    Sequence cyc = new Sequence(50, 1, "cyc", SqlType.of(TypeId.INT), 2, 2, 0, 6, true, 3);
    Sequence stop = new Sequence(51, 1, "stop", SqlType.of(TypeId.INT), 10, -5, 0, 10, false, 50);
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      ValueCounters v = catalog.values();
      assertThat(
              new long[] {
                v.nextSequenceValue(cyc),
                v.nextSequenceValue(cyc),
                v.nextSequenceValue(cyc),
                v.nextSequenceValue(cyc)
              })
          .containsExactly(2, 4, 6, 0);
      assertThat(
              new long[] {
                v.nextSequenceValue(stop), v.nextSequenceValue(stop), v.nextSequenceValue(stop)
              })
          .containsExactly(10, 5, 0);
      assertThatThrownBy(() -> v.nextSequenceValue(stop))
          .isInstanceOf(SequenceExhaustedException.class)
          .hasMessage(
              "The sequence object 'stop' has reached its minimum or maximum value. Restart the"
                  + " sequence object to allow new values to be generated.");
    }
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      assertThat(catalog.values().currentSequenceValue(50)).hasValue(0);
      assertThat(catalog.values().nextSequenceValue(cyc)).isEqualTo(2);
    }
  }

  @Test
  void aRestartCountedInTheDefinitionStartsTheCounterOverOnceEvenAfterACrash() {
    Sequence seq = new Sequence(60, 1, "s", SqlType.of(TypeId.INT), 1, 1, 1, 1000, false, 10);
    Sequence restarted = new Sequence(60, 1, "s", SqlType.of(TypeId.INT), 500, 1, 1, 1000, false, 10, 1);
    RocksKvStore store = RocksKvStore.open(dir);
    Catalog catalog = Catalog.open(store);
    assertThat(catalog.values().nextSequenceValue(seq)).isEqualTo(1);
    assertThat(catalog.values().nextSequenceValue(seq)).isEqualTo(2);
    // The definition the ALTER wrote, before and after the counter first meets it.
    assertThat(catalog.values().currentSequenceValue(restarted)).isEmpty();
    assertThat(catalog.values().nextSequenceValue(restarted)).isEqualTo(500);
    assertThat(catalog.values().nextSequenceValue(restarted)).isEqualTo(501);
    store.close(); // a crash: the counter is not closed cleanly
    try (RocksKvStore again = RocksKvStore.open(dir);
        Catalog reopened = Catalog.open(again)) {
      long next = reopened.values().nextSequenceValue(restarted);
      assertThat(next).isGreaterThan(501).isLessThan(520); // ahead by the cache, never restarted again
    }
  }

  @Test
  void aRangeIsReservedAtOnceWrappingWhenTheSequenceCycles() {
    Sequence cyc = new Sequence(70, 1, "cyc", SqlType.of(TypeId.BIGINT), 1, 2, 1, 20, true, 50);
    Sequence stop = new Sequence(71, 1, "stop", SqlType.of(TypeId.INT), 10, -1, 1, 10, false, 50);
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store)) {
      ValueCounters v = catalog.values();
      assertThat(v.reserveSequenceRange(cyc, 4)).isEqualTo(new ValueCounters.SequenceRange(1, 7, 0));
      assertThat(v.reserveSequenceRange(cyc, 10)).isEqualTo(new ValueCounters.SequenceRange(9, 7, 1));
      assertThat(v.reserveSequenceRange(cyc, 21)).isEqualTo(new ValueCounters.SequenceRange(9, 9, 2));
      assertThat(v.nextSequenceValue(cyc)).isEqualTo(11);
      assertThat(v.reserveSequenceRange(stop, 10)).isEqualTo(new ValueCounters.SequenceRange(10, 1, 0));
      assertThatThrownBy(() -> v.reserveSequenceRange(stop, 1)).isInstanceOf(SequenceExhaustedException.class);
    }
  }
}
