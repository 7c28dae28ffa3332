package dev.quern.engine.exec;

import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.catalog.meta.PartitionScheme;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TablePartitioning;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.PartitionStatement.CreateScheme;
import dev.quern.engine.ast.PartitionStatement.NextUsed;
import dev.quern.engine.error.PartitionErrors;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * CREATE, ALTER (NEXT USED) and DROP PARTITION SCHEME ("CREATE PARTITION SCHEME (Transact-SQL)").
 * Quern stores every partition in its one store, which sys.filegroups shows as PRIMARY: a scheme
 * maps partitions to PRIMARY only, and any other filegroup name is 1921 as in a database without
 * that filegroup. A filegroup listed past the function's partitions is NEXT USED (7712), more
 * past it are ignored (7713).
 */
final class PartitionSchemeDdl {
  static final String PRIMARY = "PRIMARY";

  private final SessionState state;
  private final PartitionCatalog database;

  PartitionSchemeDdl(SessionState state) {
    this.state = state;
    this.database = new PartitionCatalog(state);
  }

  void create(CreateScheme c, ResultSink sink) {
    Metadata m = database.metadata();
    if (m.partitions().scheme(state.databaseId(), c.name()).isPresent() || c.name().equalsIgnoreCase(PRIMARY)) {
      throw PartitionErrors.NAME_TAKEN.raise(c.name());
    }
    PartitionFunction f = m.partitions().function(state.databaseId(), c.function())
        .orElseThrow(() -> PartitionErrors.INVALID_OBJECT.raise(c.function()));
    if (c.all() && c.filegroups().size() > 1) {
      throw PartitionErrors.ALL_WITH_SEVERAL.raise();
    }
    List<String> named = c.filegroups().stream().map(PartitionSchemeDdl::filegroup).toList();
    List<String> groups;
    String nextUsed = null;
    if (c.all()) {
      groups = Collections.nCopies(f.fanout(), named.getFirst());
      nextUsed = named.getFirst();
    } else {
      if (named.size() < f.fanout()) {
        throw PartitionErrors.TOO_FEW_FILEGROUPS.raise(f.name(), c.name());
      }
      groups = named.subList(0, f.fanout());
      nextUsed = named.size() > f.fanout() ? named.get(f.fanout()) : null;
    }
    int id = database.catalog().partitions().nextSchemeId(m, state.databaseId());
    database.catalog().partitions().save(database.txn(),
        new PartitionScheme(state.databaseId(), id, c.name(), f.functionId(), new ArrayList<>(groups), nextUsed));
    state.store().markDdl();
    if (nextUsed != null) {
      sink.message(PartitionErrors.SCHEME_CREATED_WITH_NEXT_USED.message(c.name(), nextUsed, c.name()));
    }
    if (!c.all() && named.size() > f.fanout() + 1) {
      sink.message(PartitionErrors.FILEGROUPS_IGNORED.message(named.size() - f.fanout() - 1));
    }
  }

  void drop(String name) {
    PartitionScheme s = database.scheme(name, "drop");
    if (inUse(database.metadata(), s)) {
      throw PartitionErrors.SCHEME_IN_USE.raise(s.name());
    }
    database.catalog().partitions().drop(database.txn(), s);
    state.store().markDdl();
  }

  /** NEXT USED marks a filegroup for the next SPLIT; without one it unmarks (7710 when none was). */
  void nextUsed(NextUsed n, ResultSink sink) {
    PartitionScheme s = database.scheme(n.name(), "alter");
    if (n.filegroup() == null && s.nextUsed() == null) {
      sink.message(PartitionErrors.NO_NEXT_USED_NOTICE.message(s.name()));
      return;
    }
    String group = n.filegroup() == null ? null : filegroup(n.filegroup());
    database.catalog().partitions().save(database.txn(), s.withFilegroups(s.filegroups(), group));
    state.store().markDdl();
  }

  /** Whether a table or index of the scheme's database is placed on it. */
  private boolean inUse(Metadata m, PartitionScheme s) {
    for (TablePartitioning t : m.partitions().tables()) {
      Table table = m.table(t.tableId()).orElse(null);
      if (table == null || m.schema(table.schemaId()).map(x -> x.databaseId() != s.databaseId()).orElse(true)) {
        continue;
      }
      for (TablePartitioning.Placement p : t.placements()) {
        if (p.schemeId() == s.dataSpaceId() && table.indexes().stream().anyMatch(i -> i.indexId() == p.indexId())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A filegroup name as sys.filegroups spells it: PRIMARY is the only one (1921). */
  private static String filegroup(String name) {
    if (!name.equalsIgnoreCase(PRIMARY)) {
      throw PartitionErrors.INVALID_FILEGROUP.raise(name);
    }
    return PRIMARY;
  }
}
