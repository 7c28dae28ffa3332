package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/** OBJECT_ID(name [, type]), OBJECT_NAME(id) and IDENT_CURRENT(table) over the catalog. */
final class ObjectFunctions {
  private ObjectFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new ObjectId(), new ObjectName(), new ObjectDefinition(), new IdentCurrent());
  }

  private static final class IdentCurrent extends BuiltinFunction {
    IdentCurrent() {
      super("IDENT_CURRENT", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlType.decimal(38, 0);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String name = a.string(0);
      return name == null ? null : ctx.identCurrent(name).orElse(null);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  private static final class ObjectId extends BuiltinFunction {
    ObjectId() {
      super("OBJECT_ID", 1, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String name = a.string(0);
      if (name == null) {
        return null;
      }
      String type = a.size() > 1 ? a.string(1) : null;
      return ctx.objectId(name, type == null ? null : type.trim()).orElse(null);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /** OBJECT_DEFINITION(object_id): a view's or stored procedure's text; NULL for other objects. */
  private static final class ObjectDefinition extends BuiltinFunction {
    ObjectDefinition() {
      super("OBJECT_DEFINITION", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.NVARCHAR_MAX;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.objectDefinition(((Number) a.value(0)).intValue()).orElse(null);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  private static final class ObjectName extends BuiltinFunction {
    ObjectName() {
      super("OBJECT_NAME", 1, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SYSNAME;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      Object id = a.value(0);
      if (id == null) {
        return null;
      }
      return ctx.objectName(((Number) id).intValue()).orElse(null);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }
}
