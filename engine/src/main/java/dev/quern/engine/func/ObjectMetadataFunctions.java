package dev.quern.engine.func;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Identity;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.proc.odbc.OdbcColumnType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * OBJECT_SCHEMA_NAME, IDENT_SEED, IDENT_INCR, COLUMNPROPERTY, INDEXPROPERTY and OBJECTPROPERTYEX
 * over the current database's catalog. As in SQL Server, an object, column, index or property they
 * do not know gives NULL rather than an error.
 */
final class ObjectMetadataFunctions {
  private ObjectMetadataFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new ObjectSchemaName(), new IdentFacet("IDENT_SEED", Identity::seed),
        new IdentFacet("IDENT_INCR", Identity::increment), new ColumnProperty(), new IndexProperty(),
        new ObjectPropertyEx());
  }

  /** The table {@code id} names; for an indexed view, the table holding its rows (its indexes are the view's). */
  private static Optional<Table> table(FunctionContext ctx, Object id) {
    var o = ctx.objectById(((Number) id).intValue());
    if (o.isPresent() && o.get() instanceof dev.quern.catalog.meta.View v) {
      return ctx.indexedViewRows(v);
    }
    return o.filter(Table.class::isInstance).map(Table.class::cast);
  }

  private static Integer bit(boolean b) {
    return b ? 1 : 0;
  }

  /** A metadata function: it reads the catalog, so it is never folded or cached. */
  private abstract static class Metadata extends BuiltinFunction {
    Metadata(String name, int min, int max) {
      super(name, min, max);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /** OBJECT_SCHEMA_NAME(object_id [, database_id]): the schema of an object of the current database. */
  private static final class ObjectSchemaName extends Metadata {
    ObjectSchemaName() {
      super("OBJECT_SCHEMA_NAME", 1, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SYSNAME;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.size() == 2 && a.integer(1) != ctx.databaseId()) {
        return null; // objects of other databases are not visible from here
      }
      return ctx.objectById(a.integer(0)).flatMap(o -> ctx.schemaName(ctx.visibleSchemaId(o.schemaId()))).orElse(null);
    }
  }

  /** IDENT_SEED / IDENT_INCR('table'): numeric(38,0), NULL without an identity column. */
  private static final class IdentFacet extends Metadata {
    private final Function<Identity, Long> facet;

    IdentFacet(String name, Function<Identity, Long> facet) {
      super(name, 1, 1);
      this.facet = facet;
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return new SqlType(TypeId.NUMERIC, 0, 38, 0);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.objectId(a.string(0), "U")
          .flatMap(id -> table(ctx, id))
          .flatMap(t -> t.columns().stream().filter(c -> c.identity() != null).findFirst())
          .map(c -> BigDecimal.valueOf(facet.apply(c.identity())))
          .orElse(null);
    }
  }

  /** COLUMNPROPERTY(table_id, 'column', 'property'): int. */
  private static final class ColumnProperty extends Metadata {
    ColumnProperty() {
      super("COLUMNPROPERTY", 3, 3);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String property = a.string(2).strip().toUpperCase(Locale.ROOT);
      if (a.integer(0) < 0) {
        // A system view's column: scripts ask its ColumnID to learn whether this version has it.
        return property.equals("COLUMNID") ? dev.quern.engine.sys.SystemObjectIds.columnId(a.integer(0), a.string(1)).orElse(null) : null;
      }
      if (property.equals("ISFULLTEXTINDEXED")) {
        return FullTextProperties.column(ctx, a.value(0), a.string(1));
      }
      return table(ctx, a.value(0)).flatMap(t -> t.column(a.string(1))).map(c -> property(c, property)).orElse(null);
    }

    private static Integer property(Column c, String property) {
      SqlType t = c.type();
      return switch (property) {
        case "ALLOWSNULL" -> bit(c.nullable());
        case "COLUMNID" -> c.columnId();
        case "ISCOMPUTED" -> bit(c.computed() != null);
        case "ISIDENTITY" -> bit(c.identity() != null);
        case "ISIDNOTFORREPL", "ISROWGUIDCOL", "ISFULLTEXTINDEXED", "ISSPARSE", "ISCOLUMNSET", "ISHIDDEN",
            "GENERATEDALWAYSTYPE", "ISCURSORTYPE", "ISOUTPARAM" -> 0;
        case "ISINDEXABLE" -> bit(!t.isMax() && t.id() != TypeId.XML && t.id() != TypeId.TEXT
            && t.id() != TypeId.NTEXT && t.id() != TypeId.IMAGE);
        case "ISDETERMINISTIC" -> c.computed() == null ? null : bit(deterministic(c));
        case "ISPRECISE", "ISSYSTEMVERIFIED" -> c.computed() == null ? null : 1;
        case "PRECISION" -> t.isMax() || t.id() == TypeId.XML ? -1 : OdbcColumnType.of(t, false, true, true, true).precision();
        case "SCALE" -> OdbcColumnType.of(t, false, true, true, true).scale();
        case "CHARMAXLEN" -> characters(t);
        case "OCTETMAXLEN" -> octets(t);
        default -> null;
      };
    }

    /**
     * Whether a computed column's expression gives the same value each time for the same row
     * (the check PERSISTED and an index on it make: no GETDATE(), NEWID(), @@…, AT TIME ZONE).
     */
    private static boolean deterministic(Column c) {
      var expr = dev.quern.engine.binder.ComputedColumnBinder.parse(c.computed().expression());
      return dev.quern.engine.binder.ComputedColumnBinder.deterministic(FunctionRegistry.builtins(), expr);
    }

    /** INFORMATION_SCHEMA.COLUMNS' CHARACTER_MAXIMUM_LENGTH: characters (bytes for binary), -1 for max. */
    private static Integer characters(SqlType t) {
      return switch (t.id()) {
        case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY -> t.isMax() ? -1 : t.length();
        case TEXT, IMAGE -> Integer.MAX_VALUE;
        case NTEXT -> Integer.MAX_VALUE / 2;
        case XML -> -1;
        default -> null;
      };
    }

    /** CHARACTER_OCTET_LENGTH: the bytes of characters(t). */
    private static Integer octets(SqlType t) {
      Integer chars = characters(t);
      if (chars == null || chars < 0 || t.id() == TypeId.TEXT || t.id() == TypeId.IMAGE) {
        return chars;
      }
      return SqlTypes.isUnicode(t.id()) ? chars * 2 : chars;
    }
  }

  /** INDEXPROPERTY(table_id, 'index', 'property'): int. */
  private static final class IndexProperty extends Metadata {
    IndexProperty() {
      super("INDEXPROPERTY", 3, 3);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String property = a.string(2).strip().toUpperCase(Locale.ROOT);
      if (property.equals("ISFULLTEXTKEY")) {
        return FullTextProperties.key(ctx, a.value(0), a.string(1));
      }
      return table(ctx, a.value(0)).flatMap(t -> t.index(a.string(1))).map(i -> property(i, property)).orElse(null);
    }

    private static Integer property(Index i, String property) {
      return switch (property) {
        case "INDEXID" -> i.indexId();
        case "ISCLUSTERED" -> bit(i.kind() == IndexKind.CLUSTERED || i.kind() == IndexKind.CLUSTERED_COLUMNSTORE);
        case "ISUNIQUE" -> bit(i.unique());
        case "INDEXFILLFACTOR" -> i.options().fillFactor();
        case "ISDISABLED" -> bit(i.disabled());
        case "ISPADINDEX" -> bit(i.options().padIndex());
        case "ISPAGELOCKDISALLOWED" -> bit(!i.options().allowPageLocks());
        case "ISROWLOCKDISALLOWED" -> bit(!i.options().allowRowLocks());
        case "ISOPTIMIZEDFORSEQUENTIALKEY" -> bit(i.options().optimizeForSequentialKey());
        case "ISCOLUMNSTORE" -> bit(i.columnstore());
        case "ISAUTOSTATISTICS", "ISFULLTEXTKEY", "ISHYPOTHETICAL", "ISSTATISTICS" -> 0;
        default -> null;
      };
    }
  }

  /**
   * OBJECTPROPERTYEX(id, property): sql_variant; OBJECTPROPERTY's properties as int, plus
   * BaseType (the sys.objects type, char(2)), SchemaId and IsSchemaBound.
   */
  private static final class ObjectPropertyEx extends Metadata {
    ObjectPropertyEx() {
      super("OBJECTPROPERTYEX", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SQL_VARIANT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      Optional<SchemaObject> o = ctx.objectById(a.integer(0));
      if (o.isEmpty()) {
        return null;
      }
      String property = a.string(1).strip().toUpperCase(Locale.ROOT);
      SchemaObject x = o.get();
      return switch (property) {
        case "BASETYPE" -> new SqlVariant(SqlType.ofLength(TypeId.CHAR, 2), String.format("%-2s", x.typeCode()));
        case "SCHEMAID" -> new SqlVariant(SqlTypes.INT, ctx.visibleSchemaId(x.schemaId()));
        default -> {
          Integer v = FullTextProperties.isObjectProperty(property) ? FullTextProperties.object(ctx, x, property)
              : CatalogPropertyFunctions.objectProperty(x, property, ctx);
          yield v == null ? null : new SqlVariant(SqlTypes.INT, v);
        }
      };
    }
  }
}
