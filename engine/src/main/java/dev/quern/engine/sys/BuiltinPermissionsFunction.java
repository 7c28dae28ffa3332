package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.nvarchar;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.security.BuiltinPermissions;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.fn_builtin_permissions([DEFAULT | NULL | '' | 'class']) ("sys.fn_builtin_permissions
 * (Transact-SQL)"): the permission hierarchy of {@link BuiltinPermissions}, all of it or one
 * securable class's; a name that is no class Quern has gives no rows.
 */
final class BuiltinPermissionsFunction implements SystemFunction {
  private static final List<ResultColumn> COLUMNS =
      List.of(nvarchar("class_desc", 60, true), nvarchar("permission_name", 60, true),
          new ResultColumn("type", SqlType.ofLength(TypeId.VARCHAR, 4), true), nvarchar("covering_permission_name", 60, true),
          nvarchar("parent_class_desc", 60, true), nvarchar("parent_covering_permission_name", 60, true));

  @Override
  public String name() {
    return "fn_builtin_permissions";
  }

  @Override
  public List<SqlType> parameters() {
    return List.of(SqlType.ofLength(TypeId.NVARCHAR, 60));
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public Rows rows(SessionState session, Object[] args) {
    String cls = args[0] == null ? "" : args[0].toString();
    List<BuiltinPermissions.Entry> entries = cls.isBlank() ? BuiltinPermissions.all() : BuiltinPermissions.of(cls);
    List<Object[]> out = new ArrayList<>();
    for (BuiltinPermissions.Entry e : entries) {
      out.add(new Object[] {e.classDesc(), e.permission(), e.type(), e.covering(), e.parentClass(), e.parentCovering()});
    }
    return Rows.of(out);
  }
}
