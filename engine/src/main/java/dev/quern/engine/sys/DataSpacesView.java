package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.uniqueidentifier;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.data_spaces and sys.filegroups: a database's tables and indexes all live in one data space,
 * the PRIMARY filegroup (id 1, the default), which is what Quern's store is to SQL Server's view
 * of it; it has no other filegroups. sys.data_spaces lists the partition schemes after it
 * (CREATE PARTITION SCHEME); sys.filegroups adds the filegroup columns to sys.data_spaces' PRIMARY.
 */
final class DataSpacesView implements SystemView {
  /** The one data space's id, which sys.indexes and sys.allocation_units name. */
  static final int PRIMARY = 1;

  private static final SqlType CHAR_2 = SqlType.ofLength(TypeId.CHAR, 2);
  private static final List<ResultColumn> DATA_SPACE =
      List.of(
          sysname("name", false), integer("data_space_id", false), new ResultColumn("type", CHAR_2, false),
          nvarchar("type_desc", 60, true), bit("is_default", true), bit("is_system", true));

  private final boolean filegroups;

  private DataSpacesView(boolean filegroups) {
    this.filegroups = filegroups;
  }

  static DataSpacesView dataSpaces() {
    return new DataSpacesView(false);
  }

  static DataSpacesView filegroups() {
    return new DataSpacesView(true);
  }

  @Override
  public String name() {
    return filegroups ? "filegroups" : "data_spaces";
  }

  @Override
  public List<ResultColumn> columns() {
    if (!filegroups) {
      return DATA_SPACE;
    }
    List<ResultColumn> all = new ArrayList<>(DATA_SPACE);
    all.add(uniqueidentifier("filegroup_guid", true));
    all.add(integer("log_filegroup_id", true));
    all.add(bit("is_read_only", true));
    all.add(bit("is_autogrow_all_files", true));
    return all;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Object[] primary = {"PRIMARY", PRIMARY, "FG", "ROWS_FILEGROUP", true, false};
    if (!filegroups) {
      List<Object[]> all = new ArrayList<>();
      all.add(primary);
      all.addAll(PartitionViews.dataSpaces(session));
      return all;
    }
    Object[] row = java.util.Arrays.copyOf(primary, primary.length + 4);
    row[primary.length + 2] = false;
    row[primary.length + 3] = false;
    return List.<Object[]>of(row);
  }
}
