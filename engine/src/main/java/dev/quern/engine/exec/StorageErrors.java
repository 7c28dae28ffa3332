package dev.quern.engine.exec;

import dev.quern.catalog.kv.KvConflictException;
import dev.quern.catalog.kv.KvDeadlockException;
import dev.quern.catalog.kv.KvLockTimeoutException;
import dev.quern.catalog.meta.DuplicateKeyException;
import dev.quern.catalog.meta.DuplicateNameException;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.catalog.value.ValueFormatter;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.ValueErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Turns storage exceptions into SQL Server's errors, with their exact texts. */
final class StorageErrors {
  private StorageErrors() {}

  /**
   * The SQL error for {@code e}, or {@code e} itself when it is not a storage exception, raised in
   * {@code state}'s session (lock timeouts and deadlock victims are counted for the server). {@code
   * schemaOf} names a table's schema for messages ("dbo.t").
   */
  static RuntimeException translate(
      RuntimeException e, dev.quern.engine.session.SessionState state, IntFunction<String> schemaOf) {
    if (e instanceof KvLockTimeoutException) {
      state.server().performanceCounters().lockTimeout();
    } else if (e instanceof KvDeadlockException) {
      state.server().performanceCounters().deadlock();
    }
    int spid = state.spid();
    return switch (e) {
      case SqlException s -> s;
      case SqlValueException v -> ValueErrors.toSql(v);
      case DuplicateKeyException d -> duplicate(d, schemaOf);
      case KvLockTimeoutException t -> SqlErrors.LOCK_TIMEOUT.raise();
      case dev.quern.catalog.kv.KvCancelledException c -> dev.quern.engine.session.CancelledException.INSTANCE;
      case KvDeadlockException d -> SqlErrors.DEADLOCK_VICTIM.raise(spid);
      case KvConflictException c -> SqlErrors.SNAPSHOT_UPDATE_CONFLICT.raise("?", "?");
      case dev.quern.catalog.meta.SnapshotDdlConflictException d -> SqlErrors.SNAPSHOT_DDL_CONFLICT.raise(d.databaseName());
      case DuplicateNameException n -> SqlErrors.OBJECT_EXISTS.raise(n.name());
      case dev.quern.catalog.meta.SequenceExhaustedException x -> SqlErrors.SEQUENCE_EXHAUSTED.raise(x.sequenceName());
      default -> e;
    };
  }

  /** A key value as 2627/2601 show it: its text, a CLR type's (hierarchyid's) bytes in hex. */
  private static String keyText(Object v, dev.quern.catalog.type.SqlType type) {
    if (type.id() == dev.quern.catalog.type.TypeId.HIERARCHYID) {
      return "0x" + java.util.HexFormat.of().withUpperCase().formatHex((byte[]) v);
    }
    return ValueFormatter.toText(v, type);
  }

  private static SqlException duplicate(DuplicateKeyException d, IntFunction<String> schemaOf) {
    Table t = d.table();
    Index index = d.index();
    String object = schemaOf.apply(t.schemaId()) + "." + dev.quern.engine.store.TableVariables.displayName(t.name());
    List<String> values = new ArrayList<>();
    for (int i = 0; i < d.keyValues().size() && i < index.keys().size(); i++) {
      IndexColumn k = index.keys().get(i);
      Object v = d.keyValues().get(i);
      values.add(v == null ? "<NULL>" : keyText(v, t.columnById(k.columnId()).type()));
    }
    String key = String.join(", ", values);
    if (index.primaryKey() || index.uniqueConstraint()) {
      return SqlErrors.DUPLICATE_KEY_CONSTRAINT.raise(
          index.primaryKey() ? "PRIMARY KEY" : "UNIQUE KEY", index.name(), object, key);
    }
    return SqlErrors.DUPLICATE_KEY_INDEX.raise(object, index.name(), key);
  }
}
