package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;
import static dev.quern.engine.sys.Columns.variant;

import dev.quern.catalog.meta.ExtendedProperty;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.extprop.PropertyListing;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.extended_properties: the extended properties of the current database (sp_addextendedproperty),
 * those of dropped columns, indexes and parameters left out.
 */
final class ExtendedPropertiesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(tinyint("class", false), nvarchar("class_desc", 60, true), integer("major_id", false),
          integer("minor_id", false), sysname("name", false), variant("value", true));

  @Override
  public String name() {
    return "extended_properties";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    var schemas = CatalogObjects.metadata(session).schemas(session.databaseId());
    for (PropertyListing.Entry e : PropertyListing.entries(session)) {
      ExtendedProperty p = e.property();
      int major = p.classId() == ExtendedProperty.SCHEMA ? SchemaIds.visible(schemas, p.majorId()) : p.majorId();
      out.add(new Object[] {p.classId(), classDescription(p.classId()), major, p.minorId(), p.name(), p.value()});
    }
    return out;
  }

  private static String classDescription(int classId) {
    return switch (classId) {
      case ExtendedProperty.DATABASE -> "DATABASE";
      case ExtendedProperty.OBJECT_OR_COLUMN -> "OBJECT_OR_COLUMN";
      case ExtendedProperty.PARAMETER -> "PARAMETER";
      case ExtendedProperty.SCHEMA -> "SCHEMA";
      case ExtendedProperty.INDEX -> "INDEX";
      default -> null;
    };
  }
}
