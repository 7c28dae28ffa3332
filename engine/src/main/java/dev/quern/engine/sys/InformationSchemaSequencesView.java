package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.variant;

import dev.quern.catalog.meta.Sequence;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * INFORMATION_SCHEMA.SEQUENCES: one row per sequence of the current database, the ISO projection
 * of sys.sequences. As in SQL Server the bounds, start and increment are sql_variant in the
 * sequence's own type and CYCLE_OPTION is sys.sequences.is_cycling. Hibernate's schema tools read
 * this view (SQLServerDialect's sequence query) before create, update and validate.
 */
final class InformationSchemaSequencesView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      nvarchar("SEQUENCE_CATALOG", 128, true), nvarchar("SEQUENCE_SCHEMA", 128, true),
      nvarchar("SEQUENCE_NAME", 128, false), nvarchar("DATA_TYPE", 128, true),
      tinyint("NUMERIC_PRECISION", true), smallint("NUMERIC_PRECISION_RADIX", true),
      integer("NUMERIC_SCALE", true), variant("START_VALUE", true), variant("MINIMUM_VALUE", true),
      variant("MAXIMUM_VALUE", true), variant("INCREMENT", true), bit("CYCLE_OPTION", true),
      integer("DECLARED_DATA_TYPE", true), integer("DECLARED_NUMERIC_PRECISION", true),
      integer("DECLARED_NUMERIC_SCALE", true));

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
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Sequence s) {
        int precision = TypeFacets.precision(s.type());
        int scale = TypeFacets.scale(s.type());
        out.add(new Object[] {session.databaseName(), e.schema().name(), s.name(), SqlTypes.name(s.type().id()),
            precision, 10, scale, SequencesView.value(s, s.start()), SequencesView.value(s, s.minValue()),
            SequencesView.value(s, s.maxValue()), SequencesView.value(s, s.increment()), s.cycle(),
            SqlTypes.systemTypeId(s.type().id()), precision, scale});
      }
    }
    return out;
  }
}
