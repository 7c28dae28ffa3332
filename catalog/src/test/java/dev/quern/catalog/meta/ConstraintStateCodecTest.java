package dev.quern.catalog.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disabled / not trusted state of FOREIGN KEY and CHECK constraints in a table's stored record. */
class ConstraintStateCodecTest {
  @TempDir Path dir;

  private Table withConstraints(List<Constraint> constraints) {
    Table people;
    try (RocksKvStore store = RocksKvStore.open(dir);
        Catalog catalog = Catalog.open(store);
        KvTxn txn = store.begin()) {
      people = Fixtures.people(catalog, Fixtures.databaseWithDbo(catalog, txn));
    }
    List<Constraint> all = new ArrayList<>(people.constraints());
    all.addAll(constraints);
    return people.withConstraints(all);
  }

  @Test
  void flagsRoundTrip() {
    Table t = withConstraints(List.of(
        new Constraint.Check(900, "CK_off", "([id]>(0))", 1, true, true),
        new Constraint.Check(901, "CK_untrusted", "([id]<(9))", 0, false, true),
        new Constraint.Check(902, "CK_on", "([id]<>(5))", 0),
        new Constraint.ForeignKey(903, "FK_off", List.of(1), 77, List.of(1), FkAction.NO_ACTION, FkAction.CASCADE,
            true, true)));

    Table back = (Table) MetaCodec.decodeObject(MetaCodec.encode(t));

    assertThat(back.constraints()).isEqualTo(t.constraints());
    assertThat(back.constraint("CK_off").orElseThrow().disabled()).isTrue();
    assertThat(back.constraint("CK_untrusted").orElseThrow().notTrusted()).isTrue();
    assertThat(back.constraint("CK_on").orElseThrow().notTrusted()).isFalse();
    assertThat(back.constraint("FK_off").orElseThrow().disabled()).isTrue();
  }

  @Test
  void recordsWrittenBeforeTheStateExistedReadAsEnabledAndTrusted() {
    Table t = withConstraints(List.of(new Constraint.Check(900, "CK_on", "([id]>(0))", 1)));
    byte[] bytes = MetaCodec.encode(t);
    // No flagged constraint: the appended section is one varint 0; older records end before it.
    assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 0);
    byte[] old = Arrays.copyOf(bytes, bytes.length - 1);

    Table back = (Table) MetaCodec.decodeObject(old);

    assertThat(back).isEqualTo(t);
  }
}
