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
 * {@code sp_helpfilegroup [[@filegroupname =] 'name']} ("sp_helpfilegroup (Transact-SQL)"): the
 * current database's filegroups from sys.filegroups (groupname, groupid, filecount); for one named
 * filegroup, that row and then a second result set of its files (file_in_group, fileid, filename,
 * size, maxsize, growth, worded as sp_helpfile words them). A name that is no filegroup gives an
 * empty first result set and no second one.
 */
public final class HelpFileGroupProcedure implements SystemProcedure {
  private static final SqlType SIZE_TEXT = SqlType.ofLength(TypeId.NVARCHAR, 15);
  private static final List<ResultColumn> GROUPS = List.of(
      new ResultColumn("groupname", SqlTypes.SYSNAME, true),
      new ResultColumn("groupid", SqlTypes.SMALLINT, true),
      new ResultColumn("filecount", SqlTypes.INT, true));
  private static final List<ResultColumn> FILES = List.of(
      new ResultColumn("file_in_group", SqlTypes.SYSNAME, true),
      new ResultColumn("fileid", SqlTypes.SMALLINT, true),
      new ResultColumn("filename", SqlType.ofLength(TypeId.NCHAR, 260), true),
      new ResultColumn("size", SIZE_TEXT, true),
      new ResultColumn("maxsize", SIZE_TEXT, true),
      new ResultColumn("growth", SIZE_TEXT, true));
  private static final List<String> PARAMETERS = List.of("@filegroupname");
  private static final String GROUP_QUERY = """
      SELECT fg.name, fg.data_space_id, (SELECT COUNT(*) FROM sys.database_files f WHERE f.data_space_id = fg.data_space_id)
      FROM sys.filegroups fg ORDER BY fg.data_space_id""";
  private static final String FILE_QUERY = """
      SELECT f.name, f.file_id, f.physical_name, f.size, f.max_size, f.growth, f.is_percent_growth, f.data_space_id
      FROM sys.database_files f ORDER BY f.file_id""";

  @Override
  public String name() {
    return "sp_helpfilegroup";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    String only = CatalogArguments.bind(args, PARAMETERS, name()).string(0);
    List<Object[]> groups = new ArrayList<>();
    for (Object[] g : NestedQuery.rows(host, GROUP_QUERY)) {
      if (only == null || only.equalsIgnoreCase((String) g[0])) {
        groups.add(new Object[] {g[0], ((Number) g[1]).intValue(), ((Number) g[2]).intValue()});
      }
    }
    HelpProcedure.result(host.sink(), GROUPS, groups);
    if (only != null && !groups.isEmpty()) {
      int id = (Integer) groups.getFirst()[1];
      List<Object[]> files = new ArrayList<>();
      for (Object[] f : NestedQuery.rows(host, FILE_QUERY)) {
        if (((Number) f[7]).intValue() == id) {
          files.add(new Object[] {f[0], ((Number) f[1]).intValue(), f[2], HelpFileProcedure.kilobytes(f[3]),
              HelpFileProcedure.maxSize(f[4]), HelpFileProcedure.growth(f[5], Boolean.TRUE.equals(f[6]))});
        }
      }
      HelpProcedure.result(host.sink(), FILES, files);
    }
    return 0;
  }
}
