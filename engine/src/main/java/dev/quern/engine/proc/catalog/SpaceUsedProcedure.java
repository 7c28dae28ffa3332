package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.sys.TableSpace;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_spaceused [[@objname =] 'table']} ("sp_spaceused (Transact-SQL)"): for a table its
 * rows and the space its data and indexes take, for the database the totals of its tables, with
 * SQL Server's columns and '123 KB' / '1.25 MB' formatting ({@link TableSpace} says how pages are
 * counted). Quern's store grows as it is written, with no preallocated files: the database's size
 * is what its tables reserve, and none of it is unallocated.
 */
public final class SpaceUsedProcedure implements SystemProcedure {
  private static final SqlType SIZE = SqlType.ofLength(TypeId.VARCHAR, 18);
  private static final List<ResultColumn> TABLE =
      List.of(
          new ResultColumn("name", SqlType.ofLength(TypeId.NVARCHAR, 128), true),
          new ResultColumn("rows", SqlType.ofLength(TypeId.CHAR, 20), true),
          new ResultColumn("reserved", SIZE, true),
          new ResultColumn("data", SIZE, true),
          new ResultColumn("index_size", SIZE, true),
          new ResultColumn("unused", SIZE, true));
  private static final List<ResultColumn> DATABASE =
      List.of(
          new ResultColumn("database_name", SqlTypes.SYSNAME, true),
          new ResultColumn("database_size", SIZE, true),
          new ResultColumn("unallocated space", SIZE, true));
  private static final List<ResultColumn> DATABASE_SPACE =
      List.of(
          new ResultColumn("reserved", SIZE, true),
          new ResultColumn("data", SIZE, true),
          new ResultColumn("index_size", SIZE, true),
          new ResultColumn("unused", SIZE, true));
  private static final long PAGE_KB = 8;

  @Override
  public String name() {
    return "sp_spaceused";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, List.of("@objname", "@updateusage", "@mode", "@oneresultset", "@include_total_xtp_storage"), name());
    String objname = a.string(0);
    SessionState state = host.state();
    CatalogScope scope = CatalogScope.of(state, null);
    if (objname != null) {
      int id = state.objectId(objname, null)
          .orElseThrow(() -> SqlErrors.HELPTEXT_NO_OBJECT.raise(objname, state.databaseName()));
      if (!(scope.metadata().object(id).orElse(null) instanceof Table t)) {
        throw SqlErrors.HELPTEXT_NO_OBJECT.raise(objname, state.databaseName());
      }
      TableSpace s = TableSpace.of(state, t);
      HelpProcedure.result(host.sink(), TABLE, List.<Object[]>of(new Object[] {
        t.name(), String.format(Locale.ROOT, "%-20d", s.rows()), kb(s.reservedPages()), kb(s.dataPages()),
        kb(s.indexPages()), kb(0)}));
      return 0;
    }
    long data = 0;
    long index = 0;
    for (CatalogScope.Entry e : scope.objects(null, null, false)) {
      if (e.object() instanceof Table t) {
        TableSpace s = TableSpace.of(state, t);
        data += s.dataPages();
        index += s.indexPages();
      }
    }
    HelpProcedure.result(host.sink(), DATABASE, List.<Object[]>of(new Object[] {
      state.databaseName(), mb(data + index), mb(0)}));
    HelpProcedure.result(host.sink(), DATABASE_SPACE, List.<Object[]>of(new Object[] {
      kb(data + index), kb(data), kb(index), kb(0)}));
    return 0;
  }

  /** SQL Server's KB form: {@code '123 KB'}. */
  static String kb(long pages) {
    return pages * PAGE_KB + " KB";
  }

  /** SQL Server's MB form with two decimals: {@code '16.00 MB'}. */
  static String mb(long pages) {
    return String.format(Locale.ROOT, "%.2f MB", pages * PAGE_KB / 1024.0);
  }
}
