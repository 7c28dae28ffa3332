package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.variant;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Sequence;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * sys.sequences: the sequence objects of the current database. {@code current_value} is the last
 * value handed out, or the start value before the first (and after a RESTART), as SQL Server shows
 * it; {@code last_used_value} is NULL until a value has been handed out.
 */
final class SequencesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false), integer("object_id", false), integer("principal_id", true),
          integer("schema_id", false), integer("parent_object_id", false), nvarchar("type", 2, true),
          nvarchar("type_desc", 60, true), variant("start_value", false), variant("increment", false),
          variant("minimum_value", true), variant("maximum_value", true), bit("is_cycling", true),
          bit("is_cached", true), integer("cache_size", true), tinyint("system_type_id", false),
          integer("user_type_id", false), tinyint("precision", false), tinyint("scale", false),
          variant("current_value", false), bit("is_exhausted", false), variant("last_used_value", true));

  @Override
  public String name() {
    return "sequences";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Catalog catalog = session.store().storage().catalog(session.databaseId());
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Sequence s) {
        OptionalLong last = catalog.values().currentSequenceValue(s);
        int typeId = SqlTypes.systemTypeId(s.type().id());
        out.add(new Object[] {s.name(), s.id(), null, SchemaIds.visible(e.schema()), 0, "SO", "SEQUENCE_OBJECT",
            value(s, s.start()), value(s, s.increment()), value(s, s.minValue()), value(s, s.maxValue()),
            s.cycle(), s.cacheSize() > 0, s.cacheSize() > 0 ? s.cacheSize() : null, typeId, typeId,
            TypeFacets.precision(s.type()), TypeFacets.scale(s.type()), value(s, last.orElse(s.start())), false,
            last.isPresent() ? value(s, last.getAsLong()) : null});
      }
    }
    return out;
  }

  static SqlVariant value(Sequence s, long v) {
    return new SqlVariant(s.type(), Conversions.convert(v, SqlTypes.BIGINT, s.type()));
  }
}
