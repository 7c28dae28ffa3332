package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.syscomments ("sys.syscomments (Transact-SQL)"): the definitions of the modules of
 * sys.sql_modules and of the CHECK and DEFAULT constraints, cut into rows of 4,000 characters
 * (colid 1, 2 …) as SQL Server stores them; ctext is the row's text as UTF-16 bytes. texttype is
 * 0, user-supplied, as documented; compressed "always returns 0"; number is 0 (Quern has no
 * numbered procedure groups); the internal status and language are 0.
 */
final class SysCommentsView implements SystemView {
  private static final int CHUNK = 4000;

  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("id", false), smallint("number", true), smallint("colid", false), smallint("status", false),
          varbinary("ctext", 8000, true), smallint("texttype", true), smallint("language", true),
          bit("encrypted", false), bit("compressed", false), nvarchar("text", 4000, true));

  @Override
  public String name() {
    return "syscomments";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    java.util.Set<Integer> encrypted = new java.util.HashSet<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (dev.quern.engine.store.ModuleOptions.encrypted(e.object())) {
        encrypted.add(e.object().id());
      }
    }
    for (String view : List.of("sql_modules", "check_constraints", "default_constraints")) {
      for (ViewRows.Row r : ViewRows.of(view, session)) {
        add(out, r.integer("object_id"), (String) r.get("definition"), encrypted::contains);
      }
    }
    return out;
  }

  private static void add(List<Object[]> out, int id, String definition, java.util.function.IntPredicate encrypted) {
    if (definition == null) {
      // An encrypted module keeps one row, its text hidden, as SQL Server shows it.
      if (encrypted.test(id)) {
        out.add(new Object[] {id, 0, 1, 0, null, 0, 0, true, false, null});
      }
      return;
    }
    for (int start = 0, colid = 1; start < definition.length(); start += CHUNK, colid++) {
      String text = definition.substring(start, Math.min(definition.length(), start + CHUNK));
      out.add(new Object[] {id, 0, colid, 0, text.getBytes(StandardCharsets.UTF_16LE), 0, 0, false, false, text});
    }
  }
}
