package dev.quern.engine.proc.catalog;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.security.NestedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sp_helpfile [[@filename =] 'name']} ("sp_helpfile (Transact-SQL)"): the current database's
 * files (or the one named) from sys.database_files, in file_id order: name, fileid, filename (the
 * physical name), filegroup (NULL for the log), size, maxsize and growth worded as SQL Server's
 * procedure words them ('8192 KB', 'Unlimited', '10%'), usage 'data only' or 'log only'.
 */
public final class HelpFileProcedure implements SystemProcedure {
  private static final SqlType SIZE_TEXT = SqlType.ofLength(TypeId.NVARCHAR, 18);
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("name", SqlTypes.SYSNAME, true),
      new ResultColumn("fileid", SqlTypes.SMALLINT, true),
      new ResultColumn("filename", SqlType.ofLength(TypeId.NCHAR, 260), true),
      new ResultColumn("filegroup", SqlTypes.SYSNAME, true),
      new ResultColumn("size", SIZE_TEXT, true),
      new ResultColumn("maxsize", SIZE_TEXT, true),
      new ResultColumn("growth", SIZE_TEXT, true),
      new ResultColumn("usage", SqlType.ofLength(TypeId.VARCHAR, 9), true));
  private static final List<String> PARAMETERS = List.of("@filename");
  private static final String FILES = """
      SELECT f.name, f.file_id, f.physical_name, fg.name, f.size, f.max_size, f.growth, f.is_percent_growth, f.type
      FROM sys.database_files f LEFT JOIN sys.filegroups fg ON fg.data_space_id = f.data_space_id
      ORDER BY f.file_id""";

  @Override
  public String name() {
    return "sp_helpfile";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    String only = CatalogArguments.bind(args, PARAMETERS, name()).string(0);
    List<Object[]> rows = new ArrayList<>();
    for (Object[] f : NestedQuery.rows(host, FILES)) {
      if (only == null || only.equalsIgnoreCase((String) f[0])) {
        rows.add(new Object[] {f[0], ((Number) f[1]).intValue(), f[2], f[3], kilobytes(f[4]), maxSize(f[5]),
            growth(f[6], Boolean.TRUE.equals(f[7])), ((Number) f[8]).intValue() == 1 ? "log only" : "data only"});
      }
    }
    HelpProcedure.result(host.sink(), COLUMNS, rows);
    return 0;
  }

  /** Pages of 8 KB worded in KB. */
  static String kilobytes(Object pages) {
    return ((Number) pages).longValue() * 8 + " KB";
  }

  static String maxSize(Object pages) {
    return ((Number) pages).intValue() == -1 ? "Unlimited" : kilobytes(pages);
  }

  static String growth(Object growth, boolean percent) {
    return percent ? ((Number) growth).intValue() + "%" : kilobytes(growth);
  }
}
