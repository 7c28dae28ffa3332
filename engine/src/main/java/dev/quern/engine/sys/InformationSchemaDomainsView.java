package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.nvarchar;

import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.UserType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * INFORMATION_SCHEMA.DOMAINS: the alias types of the current database (CREATE TYPE … FROM), with
 * the type columns of their base type as PARAMETERS shows them. Quern keeps no bound defaults
 * (DOMAIN_DEFAULT is NULL).
 */
final class InformationSchemaDomainsView implements SystemView {
  /** DATA_TYPE through DATETIME_PRECISION: the ISO type columns without the interval pair. */
  private static final int TYPE_COLUMNS = 13;

  private static final List<ResultColumn> COLUMNS;

  static {
    List<ResultColumn> columns = new ArrayList<>(List.of(
        nvarchar("DOMAIN_CATALOG", 128, true), nvarchar("DOMAIN_SCHEMA", 128, true),
        nvarchar("DOMAIN_NAME", 128, false)));
    columns.addAll(IsoTypeColumns.columns(true).subList(0, TYPE_COLUMNS));
    columns.add(nvarchar("DOMAIN_DEFAULT", 4000, true));
    COLUMNS = List.copyOf(columns);
  }

  @Override
  public String name() {
    return "domains";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Metadata md = CatalogObjects.metadata(session);
    List<Object[]> out = new ArrayList<>();
    for (Schema schema : md.schemas(session.databaseId())) {
      for (UserType t : md.userTypes(schema.id())) {
        if (t.isTableType()) {
          continue;
        }
        Object[] row = new Object[COLUMNS.size()];
        row[0] = session.databaseName();
        row[1] = schema.name();
        row[2] = t.name();
        System.arraycopy(IsoTypeColumns.values(t.base()), 0, row, 3, TYPE_COLUMNS);
        out.add(row);
      }
    }
    return out;
  }
}
