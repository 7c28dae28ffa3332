package dev.quern.engine.proc.catalog;

import dev.quern.engine.locale.SqlLanguages;
import dev.quern.engine.message.MessageErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.sys.SysLanguagesView;
import java.util.List;

/**
 * {@code sp_helplanguage [[@language =] 'language']} ("sp_helplanguage (Transact-SQL)"): the rows
 * of sys.syslanguages, all of them or the one language named (by name or alias); 15033 for a name
 * that is not a language.
 */
public final class HelpLanguageProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_helplanguage";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, List.of("@language"), name());
    String language = a.string(0);
    List<Object[]> rows = language == null
        ? SqlLanguages.all().stream().map(SysLanguagesView::row).toList()
        : List.<Object[]>of(SysLanguagesView.row(SqlLanguages.find(language)
            .orElseThrow(() -> MessageErrors.NOT_A_LANGUAGE.raise(language))));
    HelpProcedure.result(host.sink(), SysLanguagesView.COLUMNS, rows);
    return 0;
  }
}
