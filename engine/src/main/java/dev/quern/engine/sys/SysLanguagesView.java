package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.locale.SqlLanguage;
import dev.quern.engine.locale.SqlLanguages;
import dev.quern.engine.message.MessageLanguages;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * sys.syslanguages: the languages SET LANGUAGE accepts, with their date order, first day, month and
 * day names and LCIDs ("sys.syslanguages (Transact-SQL)"); msglangid is the language whose
 * messages the session reads.
 */
public final class SysLanguagesView implements SystemView {
  /** The columns of sys.syslanguages, which sp_helplanguage returns too. */
  public static final List<ResultColumn> COLUMNS =
      List.of(
          smallint("langid", false),
          nchar("dateformat", 3, false),
          tinyint("datefirst", false),
          integer("upgrade", true),
          sysname("name", false),
          sysname("alias", false),
          nvarchar("months", 372, true),
          nvarchar("shortmonths", 132, true),
          nvarchar("days", 217, true),
          integer("lcid", false),
          smallint("msglangid", false));

  @Override
  public String name() {
    return "syslanguages";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    return SqlLanguages.all().stream().map(SysLanguagesView::row).toList();
  }

  /** One language's row, as sys.syslanguages and sp_helplanguage show it. */
  public static Object[] row(SqlLanguage l) {
    return new Object[] {
      l.langId(), l.dateFormat(), l.dateFirst(), 0, l.name(), l.alias(), l.monthsText(),
      l.shortMonthsText(), l.daysText(), l.lcid(), MessageLanguages.lcid(l.name()).orElse(1033)
    };
  }
}
