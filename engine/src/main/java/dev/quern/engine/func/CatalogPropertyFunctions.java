package dev.quern.engine.func;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Sequence;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.View;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * COL_NAME, COL_LENGTH and OBJECTPROPERTY over the current database's catalog; NULL for an object,
 * column or property they do not know (as SQL Server answers).
 */
final class CatalogPropertyFunctions {
  private CatalogPropertyFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new ColName(), new ColLength(), new ObjectProperty());
  }

  private static Optional<Table> table(FunctionContext ctx, int id) {
    return ctx.objectById(id).filter(Table.class::isInstance).map(Table.class::cast);
  }

  /** COL_NAME(table_id, column_id). */
  private static final class ColName extends BuiltinFunction {
    ColName() {
      super("COL_NAME", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SYSNAME;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      int column = ((Number) a.value(1)).intValue();
      return table(ctx, ((Number) a.value(0)).intValue())
          .flatMap(t -> t.columns().stream().filter(c -> c.columnId() == column).findFirst())
          .map(Column::name)
          .orElse(null);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /** COL_LENGTH('table', 'column'): the column's defined length in bytes (-1 for max types). */
  private static final class ColLength extends BuiltinFunction {
    ColLength() {
      super("COL_LENGTH", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SMALLINT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.objectId(a.string(0), "U")
          .flatMap(id -> table(ctx, id))
          .flatMap(t -> t.column(a.string(1)))
          .map(c -> (short) bytes(c.type()))
          .orElse(null);
    }

    private static int bytes(SqlType t) {
      if (t.length() == SqlType.MAX) {
        return -1;
      }
      return switch (t.id()) {
        case CHAR, VARCHAR, BINARY, VARBINARY -> t.length();
        case NCHAR, NVARCHAR -> 2 * t.length();
        case TEXT, NTEXT, IMAGE -> 16;
        case DECIMAL, NUMERIC -> t.precision() <= 9 ? 5 : t.precision() <= 19 ? 9 : t.precision() <= 28 ? 13 : 17;
        case TIME -> t.scale() <= 2 ? 3 : t.scale() <= 4 ? 4 : 5;
        case DATETIME2 -> t.scale() <= 2 ? 6 : t.scale() <= 4 ? 7 : 8;
        case DATETIMEOFFSET -> t.scale() <= 2 ? 8 : t.scale() <= 4 ? 9 : 10;
        case XML -> -1;
        case VECTOR -> dev.quern.catalog.value.VectorValue.byteSize(t.length());
        case SQL_VARIANT -> 8016;
        default -> SqlTypes.fixedByteSize(t);
      };
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /** OBJECTPROPERTY(id, property): the common Is… and TableHas… properties, 1 or 0. */
  private static final class ObjectProperty extends BuiltinFunction {
    ObjectProperty() {
      super("OBJECTPROPERTY", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      int id = ((Number) a.value(0)).intValue();
      String property = a.string(1).strip().toUpperCase(Locale.ROOT);
      Optional<SchemaObject> o = ctx.objectById(id);
      if (o.isEmpty()) {
        return ctx.constraintById(id).map(c -> ConstraintObjectProperties.of(c, property)).orElse(null);
      }
      if (FullTextProperties.isObjectProperty(property)) {
        return FullTextProperties.object(ctx, o.get(), property);
      }
      return objectProperty(o.get(), property, ctx);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /** One OBJECTPROPERTY property (upper case) of {@code x}: 1 or 0, NULL when not known. */
  static Integer objectProperty(SchemaObject x, String property, FunctionContext ctx) {
    if (property.startsWith("EXECIS") && property.endsWith("TRIGGER") || property.equals("EXECISTRIGGERDISABLED")) {
      // A trigger's own properties: NULL for any other object.
      Boolean t = x instanceof dev.quern.catalog.meta.Trigger tr ? triggerProperty(tr, property) : null;
      return t == null ? null : t ? 1 : 0;
    }
    Boolean answer =
        switch (property) {
          // IsIndexed: a table with an index, a view with its clustered index.
          case "ISINDEXED" -> x instanceof Table t ? t.indexes().stream().anyMatch(i -> i.kind() != dev.quern.catalog.meta.IndexKind.HEAP)
              : x instanceof View && ctx.indexedViewRows(x).isPresent();
          case "ISUSERTABLE", "ISTABLE" -> x instanceof Table;
          case "ISVIEW" -> x instanceof View;
          case "ISPROCEDURE" -> x instanceof Procedure;
          case "ISSCALARFUNCTION" -> x.typeCode().equals("FN");
          case "ISTABLEFUNCTION" -> x.typeCode().equals("IF") || x.typeCode().equals("TF");
          case "ISINLINEFUNCTION" -> x.typeCode().equals("IF");
          case "ISSEQUENCE" -> x instanceof Sequence;
          case "ISTRIGGER" -> x instanceof dev.quern.catalog.meta.Trigger;
          case "ISMSSHIPPED", "ISSYSTEMTABLE" -> false;
          case "ISSCHEMABOUND" -> dev.quern.engine.store.ModuleOptions.schemaBound(x);
          case "TABLEHASPRIMARYKEY" -> x instanceof Table t && t.constraints().stream().anyMatch(Constraint.PrimaryKey.class::isInstance);
          case "TABLEHASIDENTITY" -> x instanceof Table t && t.columns().stream().anyMatch(c -> c.identity() != null);
          case "TABLEHASFOREIGNKEY" -> x instanceof Table t && t.constraints().stream().anyMatch(Constraint.ForeignKey.class::isInstance);
          case "ISCONSTRAINT", "ISPRIMARYKEY", "ISUNIQUECNST", "ISFOREIGNKEY", "ISCHECKCNST", "ISDEFAULTCNST" -> false;
          default -> null;
        };
    return answer == null ? null : answer ? 1 : 0;
  }

  /**
   * ExecIsInsertTrigger, ExecIsAfterTrigger, ExecIsFirstUpdateTrigger … of a trigger
   * ("OBJECTPROPERTY (Transact-SQL)"): the events it fires on, its kind, whether it is disabled, and
   * the events sp_settriggerorder made it first or last for.
   */
  private static Boolean triggerProperty(dev.quern.catalog.meta.Trigger t, String property) {
    return switch (property) {
      case "EXECISTRIGGERDISABLED" -> t.disabled();
      case "EXECISAFTERTRIGGER" -> !t.insteadOf();
      case "EXECISINSTEADOFTRIGGER" -> t.insteadOf();
      case "EXECISINSERTTRIGGER", "EXECISUPDATETRIGGER", "EXECISDELETETRIGGER" -> t.firesOn(event(property, "EXECIS"));
      default -> {
        if (property.startsWith("EXECISFIRST")) {
          yield t.firstFor().contains(event(property, "EXECISFIRST"));
        }
        if (property.startsWith("EXECISLAST")) {
          yield t.lastFor().contains(event(property, "EXECISLAST"));
        }
        yield null;
      }
    };
  }

  /** The event a trigger property names: {@code EXECISFIRSTINSERTTRIGGER} less its prefix and TRIGGER. */
  private static String event(String property, String prefix) {
    return property.substring(prefix.length(), property.length() - "TRIGGER".length());
  }
}
