package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.columns: the columns of the current database's tables; is_hidden and generated_always_type
 * (1 AS_ROW_START, 2 AS_ROW_END) tell a SYSTEM_TIME period's columns; vector_dimensions,
 * vector_base_type and vector_base_type_desc (SQL Server 2025) a vector column's facets.
 */
final class ColumnsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("object_id", false), sysname("name", true), integer("column_id", false),
          tinyint("system_type_id", false), integer("user_type_id", false), smallint("max_length", false),
          tinyint("precision", false), tinyint("scale", false), sysname("collation_name", true),
          bit("is_nullable", true), bit("is_identity", false), bit("is_computed", false),
          bit("is_hidden", false), tinyint("generated_always_type", true),
          Columns.nvarchar("generated_always_type_desc", 60, true),
          // Quern has no FILESTREAM storage.
          bit("is_filestream", false),
          integer("vector_dimensions", true), tinyint("vector_base_type", true),
          Columns.nvarchar("vector_base_type_desc", 10, true),
          // What index and schema scripts read (sp_BlitzIndex, sp_help's kin): no ROWGUIDCOL,
          // replication, rules, sparse columns or masking in Quern.
          bit("is_ansi_padded", false), bit("is_rowguidcol", false), bit("is_replicated", true),
          bit("is_non_sql_subscribed", true), bit("is_merge_published", true), bit("is_dts_replicated", true),
          bit("is_xml_document", false), integer("xml_collection_id", false), integer("default_object_id", false),
          integer("rule_object_id", false), bit("is_sparse", true), bit("is_column_set", true), bit("is_masked", false));

  @Override
  public String name() {
    return "columns";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    var md = CatalogObjects.metadata(session);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t) {
        var period = md.period(t.id()).orElse(null);
        for (Column c : t.columns()) {
          int generated = period == null ? 0
              : c.columnId() == period.startColumnId() ? 1 : c.columnId() == period.endColumnId() ? 2 : 0;
          int typeId = c.rowversion() ? SqlTypes.TIMESTAMP_TYPE_ID : SqlTypes.systemTypeId(c.type().id());
          int userTypeId = c.userTypeId() != 0 ? c.userTypeId() : c.rowversion() ? typeId : SqlTypes.userTypeId(c.type().id());
          out.add(new Object[] {t.id(), c.name(), c.columnId(), typeId, userTypeId, maxLength(c.type()),
              TypeFacets.precision(c.type()), TypeFacets.scale(c.type()), c.collation(), c.nullable(), c.identity() != null,
              c.computed() != null, period != null && period.hidden(c.columnId()), generated,
              switch (generated) {
                case 1 -> "AS_ROW_START";
                case 2 -> "AS_ROW_END";
                default -> "NOT_APPLICABLE";
              }, false,
              VectorFacets.dimensions(c.type()), VectorFacets.baseType(c.type()), VectorFacets.baseTypeDesc(c.type()),
              padded(c.type()), false, false, false, false, false, c.type().isXmlDocument(), c.type().xmlCollectionId(),
              defaultId(t, c), 0, false, false, false});
        }
      } else if (e.object() instanceof dev.quern.catalog.meta.View v) {
        out.addAll(viewRows(session, e.schema().name(), v));
      }
    }
    return out;
  }

  /** A view's columns, as SQL Server lists them here too (SQLAlchemy reflects a view through this view). */
  private static List<Object[]> viewRows(SessionState session, String schema, dev.quern.catalog.meta.View v) {
    List<Object[]> out = new ArrayList<>();
    if (session.host() == null) {
      return out;
    }
    List<ResultColumn> columns = dev.quern.engine.proc.catalog.ViewColumns.of(session.host(), schema, v.name());
    for (int i = 0; i < columns.size(); i++) {
      ResultColumn c = columns.get(i);
      SqlType t = c.type();
      String collation = !SqlTypes.isCharacter(t.id()) ? null
          : c.collation() != null ? c.collation().name() : dev.quern.catalog.meta.Database.DEFAULT_COLLATION;
      out.add(new Object[] {v.id(), c.name(), i + 1, SqlTypes.systemTypeId(t.id()), SqlTypes.userTypeId(t.id()),
          maxLength(t), TypeFacets.precision(t), TypeFacets.scale(t), collation, c.nullable(), c.identity(), false,
          false, 0, "NOT_APPLICABLE", false, VectorFacets.dimensions(t), VectorFacets.baseType(t),
          VectorFacets.baseTypeDesc(t), padded(t), false, false, false, false, false, false, 0, 0, 0, false, false,
          false});
    }
    return out;
  }

  /** is_ansi_padded: character and binary columns keep ANSI_PADDING ON's behaviour. */
  static boolean padded(SqlType t) {
    return SqlTypes.isCharacter(t.id()) || SqlTypes.isBinary(t.id());
  }

  /** The object id of the DEFAULT constraint on {@code c}, else 0. */
  private static int defaultId(Table t, Column c) {
    for (var k : t.constraints()) {
      if (k instanceof dev.quern.catalog.meta.Constraint.Default d && d.columnId() == c.columnId()) {
        return d.objectId();
      }
    }
    return 0;
  }

  /** Bytes, as sys.columns reports them ({@link MaxLength}). */
  static int maxLength(SqlType t) {
    return MaxLength.of(t);
  }
}
