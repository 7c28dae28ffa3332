package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.SupportedCollations;
import dev.quern.catalog.value.SqlVariant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * COLLATIONPROPERTY(collation, property) for the collations Quern knows (SSMS asks for LCID and
 * ComparisonStyle at connect) and SESSIONPROPERTY(option) from the @@OPTIONS bits. Both return
 * sql_variant int; unknown names give NULL.
 */
final class PropertyFunctions {
  /** SET options by their @@OPTIONS bit ("SET @@OPTIONS", "SESSIONPROPERTY (Transact-SQL)"). */
  private static final Map<String, Integer> OPTION_BITS =
      Map.of(
          "ansi_warnings", 8,
          "ansi_padding", 16,
          "ansi_nulls", 32,
          "arithabort", 64,
          "quoted_identifier", 256,
          "concat_null_yields_null", 4096,
          "numeric_roundabort", 8192);

  private PropertyFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new CollationProperty(), new SessionProperty());
  }

  private static SqlVariant integer(int v) {
    return new SqlVariant(SqlTypes.INT, v);
  }

  static final class CollationProperty extends BuiltinFunction {
    CollationProperty() {
      super("COLLATIONPROPERTY", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlTypes.SQL_VARIANT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      Collation c = SupportedCollations.find(a.string(0).trim());
      if (c == null) {
        return null;
      }
      return switch (a.string(1).trim().toLowerCase(Locale.ROOT)) {
        case "codepage" -> integer(c.codePage());
        case "lcid" -> integer(c.lcid());
        case "comparisonstyle" -> integer(c.comparisonStyle());
        case "version" -> integer(c.version());
        default -> null;
      };
    }
  }

  static final class SessionProperty extends BuiltinFunction {
    SessionProperty() {
      super("SESSIONPROPERTY", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlTypes.SQL_VARIANT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      Integer bit = OPTION_BITS.get(a.string(0).trim().toLowerCase(Locale.ROOT));
      return bit == null ? null : integer((ctx.options() & bit) != 0 ? 1 : 0);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /** TYPE_NAME(system_type_id) and TYPE_ID(name) for the system types. */
  static List<ScalarFunction> types() {
    return List.of(new TypeName(), new TypeIdFunction());
  }

  static final class TypeName extends BuiltinFunction {
    TypeName() {
      super("TYPE_NAME", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlTypes.SYSNAME;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      int id = a.integer(0);
      if (id == 256) {
        return "sysname";
      }
      if (id == SqlTypes.TIMESTAMP_TYPE_ID) {
        return "timestamp";
      }
      if (id > 256) {
        return UserTypeNames.name(ctx, id);
      }
      TypeId t = SqlTypes.byUserTypeId(id);
      return t == null ? null : SqlTypes.name(t);
    }

    @Override
    public boolean deterministic() {
      return false; // user-defined types come and go: never folded into a cached plan
    }
  }

  static final class TypeIdFunction extends BuiltinFunction {
    TypeIdFunction() {
      super("TYPE_ID", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String name = a.string(0).trim();
      if (name.equalsIgnoreCase("sysname")) {
        return 256;
      }
      if (name.equalsIgnoreCase("timestamp")) {
        return SqlTypes.TIMESTAMP_TYPE_ID;
      }
      TypeId t = SqlTypes.lookup(name);
      if (t != null && SqlTypes.name(t).equalsIgnoreCase(name)) {
        return SqlTypes.userTypeId(t);
      }
      return UserTypeNames.id(ctx, name);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }
}
