package dev.quern.engine.sys;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.all_columns (the columns of user tables, as sys.columns lists them, and of the system views)
 * and sys.system_columns (the system views' alone): the same columns as sys.columns.
 */
final class AllColumnsView implements SystemView {
  /** The collation the system views' character columns have (the server's default). */
  private static final String COLLATION = "SQL_Latin1_General_CP1_CI_AS";

  private final String name;
  private final boolean user;
  private final ColumnsView columnsView = new ColumnsView();

  private AllColumnsView(String name, boolean user) {
    this.name = name;
    this.user = user;
  }

  static AllColumnsView allColumns() {
    return new AllColumnsView("all_columns", true);
  }

  static AllColumnsView systemColumns() {
    return new AllColumnsView("system_columns", false);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ResultColumn> columns() {
    return columnsView.columns();
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (SystemObjects.Entry e : SystemObjects.all()) {
      List<ResultColumn> cols = e.columns();
      for (int i = 0; i < cols.size(); i++) {
        SqlType t = cols.get(i).type();
        int typeId = SqlTypes.systemTypeId(t.id());
        out.add(new Object[] {e.id(), cols.get(i).name(), i + 1, typeId, SqlTypes.userTypeId(t.id()), ColumnsView.maxLength(t),
            TypeFacets.precision(t), TypeFacets.scale(t), SqlTypes.isCharacter(t.id()) ? COLLATION : null, cols.get(i).nullable(),
            false, false, false, 0, "NOT_APPLICABLE", false, // as sys.columns: not hidden, no period, no FILESTREAM
            VectorFacets.dimensions(t), VectorFacets.baseType(t), VectorFacets.baseTypeDesc(t),
            ColumnsView.padded(t), false, false, false, false, false, false, 0, 0, 0, false, false, false});
      }
    }
    if (user) {
      out.addAll(columnsView.rows(session));
    }
    return out;
  }
}
