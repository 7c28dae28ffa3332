package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Collation;
import dev.quern.catalog.value.SupportedCollations;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.fn_helpcollations() ("sys.fn_helpcollations (Transact-SQL)"): a row per collation Quern
 * compares under (name, description), with SQL Server's descriptions; a collation missing here is
 * one a COLLATE clause refuses (448).
 */
final class HelpCollations implements SystemFunction {
  private static final List<ResultColumn> COLUMNS =
      List.of(sysname("name", false), nvarchar("description", 1000, false));

  @Override
  public String name() {
    return "fn_helpcollations";
  }

  @Override
  public List<SqlType> parameters() {
    return List.of();
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public Rows rows(SessionState session, Object[] args) {
    List<Object[]> out = new ArrayList<>();
    for (Collation c : SupportedCollations.all()) {
      out.add(new Object[] {c.name(), SupportedCollations.description(c)});
    }
    return Rows.of(out);
  }
}
