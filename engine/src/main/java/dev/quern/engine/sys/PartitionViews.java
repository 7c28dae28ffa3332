package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.character;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.variant;

import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.catalog.meta.PartitionRecords;
import dev.quern.catalog.meta.PartitionScheme;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog views of partitioning, for the current database: sys.partition_functions,
 * sys.partition_parameters, sys.partition_range_values (each boundary as sql_variant of the
 * parameter type), sys.partition_schemes and sys.destination_data_spaces (one row per partition,
 * and one more for a NEXT USED filegroup, every one PRIMARY: Quern has no other filegroup).
 */
final class PartitionViews {
  private PartitionViews() {}

  static SystemView functions() {
    return new DerivedView("partition_functions", List.of(sysname("name", false), integer("function_id", false),
        character("type", 2, false), nvarchar("type_desc", 60, true), integer("fanout", false),
        bit("boundary_value_on_right", false), bit("is_system", false), datetime("create_date", false),
        datetime("modify_date", false)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (PartitionFunction f : of(s).functions(s.databaseId())) {
            out.add(new Object[] {f.name(), f.functionId(), "R ", "RANGE", f.fanout(), f.rangeRight(), false,
                Columns.localDatetime(f.created()), Columns.localDatetime(f.modified())});
          }
          return out;
        });
  }

  static SystemView parameters() {
    return new DerivedView("partition_parameters", List.of(integer("function_id", false),
        integer("parameter_id", false), tinyint("system_type_id", false), smallint("max_length", false),
        tinyint("precision", false), tinyint("scale", false), sysname("collation_name", true),
        integer("user_type_id", false)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (PartitionFunction f : of(s).functions(s.databaseId())) {
            int type = SqlTypes.systemTypeId(f.parameterType().id());
            out.add(new Object[] {f.functionId(), 1, type, MaxLength.of(f.parameterType()),
                TypeFacets.precision(f.parameterType()), TypeFacets.scale(f.parameterType()), f.collation(), type});
          }
          return out;
        });
  }

  static SystemView rangeValues() {
    return new DerivedView("partition_range_values", List.of(integer("function_id", false),
        integer("boundary_id", false), integer("parameter_id", false), variant("value", true)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (PartitionFunction f : of(s).functions(s.databaseId())) {
            for (int i = 0; i < f.boundaries().size(); i++) {
              Object v = f.boundaries().get(i);
              out.add(new Object[] {f.functionId(), i + 1, 1, v == null ? null : new SqlVariant(f.parameterType(), v)});
            }
          }
          return out;
        });
  }

  static SystemView schemes() {
    return new DerivedView("partition_schemes", List.of(sysname("name", false), integer("data_space_id", false),
        character("type", 2, false), nvarchar("type_desc", 60, true), bit("is_default", true),
        bit("is_system", true), integer("function_id", false)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (PartitionScheme p : of(s).schemes(s.databaseId())) {
            out.add(new Object[] {p.name(), p.dataSpaceId(), "PS", "PARTITION_SCHEME", false, false, p.functionId()});
          }
          return out;
        });
  }

  static SystemView destinations() {
    return new DerivedView("destination_data_spaces", List.of(integer("partition_scheme_id", false),
        integer("destination_id", false), integer("data_space_id", false)), s -> {
          List<Object[]> out = new ArrayList<>();
          for (PartitionScheme p : of(s).schemes(s.databaseId())) {
            int n = p.filegroups().size() + (p.nextUsed() == null ? 0 : 1);
            for (int i = 1; i <= n; i++) {
              out.add(new Object[] {p.dataSpaceId(), i, DataSpacesView.PRIMARY});
            }
          }
          return out;
        });
  }

  /** The data_spaces rows of the current database's schemes (after PRIMARY's). */
  static List<Object[]> dataSpaces(SessionState s) {
    List<Object[]> out = new ArrayList<>();
    for (PartitionScheme p : of(s).schemes(s.databaseId())) {
      out.add(new Object[] {p.name(), p.dataSpaceId(), "PS", "PARTITION_SCHEME", false, false});
    }
    return out;
  }

  private static PartitionRecords of(SessionState s) {
    return CatalogObjects.metadata(s).partitions();
  }
}
