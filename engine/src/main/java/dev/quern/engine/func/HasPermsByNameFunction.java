package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;
import java.util.Locale;

/**
 * HAS_PERMS_BY_NAME(securable, securable_class, permission) ("HAS_PERMS_BY_NAME (Transact-SQL)"):
 * 1 when the session holds the permission (itself or through CONTROL, a role, a schema or the
 * database), 0 when not, NULL when the securable or class is not found. Classes DATABASE (securable
 * NULL for the current one), SCHEMA, OBJECT (in the current database) and SERVER; with a
 * sub-securable of class COLUMN, the permission on that column of the object.
 */
final class HasPermsByNameFunction extends BuiltinFunction {
  HasPermsByNameFunction() {
    super("HAS_PERMS_BY_NAME", 3, 5);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.INT;
  }

  @Override
  boolean nullInNullOut() {
    return false; // the securable is NULL for the current database or the server
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    Object cls = a.value(1);
    Object permission = a.value(2);
    if (cls == null || permission == null) {
      return null;
    }
    Object securable = a.value(0);
    if (a.size() >= 4 && a.value(3) != null) {
      Object subClass = a.size() == 5 ? a.value(4) : null;
      if (subClass == null || !subClass.toString().equalsIgnoreCase("COLUMN")
          || !cls.toString().equalsIgnoreCase("OBJECT") || securable == null) {
        return null;
      }
      return ctx.hasColumnPermsByName(securable.toString(), a.value(3).toString(), permission.toString().toUpperCase(Locale.ROOT))
          .map(b -> b ? 1 : 0).orElse(null);
    }
    return ctx.hasPermsByName(securable == null ? null : securable.toString(),
            cls.toString().toUpperCase(Locale.ROOT), permission.toString().toUpperCase(Locale.ROOT))
        .map(b -> b ? 1 : 0).orElse(null);
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
