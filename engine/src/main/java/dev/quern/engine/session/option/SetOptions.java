package dev.quern.engine.session.option;

import static dev.quern.engine.session.SessionOptions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The registry of every SET option the engine accepts; an unknown name is error 195. */
public final class SetOptions {
  private static final Map<String, SetOption> BY_NAME = build();

  private SetOptions() {}

  public static Optional<SetOption> lookup(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toUpperCase(Locale.ROOT)));
  }

  private static Map<String, SetOption> build() {
    List<SetOption> all = new ArrayList<>();
    all.add(new BitOption("IMPLICIT_TRANSACTIONS", IMPLICIT_TRANSACTIONS, 0));
    all.add(new BitOption("CURSOR_CLOSE_ON_COMMIT", CURSOR_CLOSE_ON_COMMIT, 0));
    all.add(new BitOption("ANSI_WARNINGS", ANSI_WARNINGS, 0));
    all.add(new BitOption("ANSI_PADDING", ANSI_PADDING, 0));
    all.add(new BitOption("ANSI_NULLS", ANSI_NULLS, 0));
    all.add(new BitOption("ARITHABORT", ARITHABORT, 0));
    all.add(new BitOption("ARITHIGNORE", ARITHIGNORE, 0));
    all.add(new BitOption("QUOTED_IDENTIFIER", QUOTED_IDENTIFIER, 0));
    all.add(new BitOption("NOCOUNT", NOCOUNT, 0));
    all.add(new BitOption("ANSI_NULL_DFLT_ON", ANSI_NULL_DFLT_ON, ANSI_NULL_DFLT_OFF));
    all.add(new BitOption("ANSI_NULL_DFLT_OFF", ANSI_NULL_DFLT_OFF, ANSI_NULL_DFLT_ON));
    all.add(new BitOption("CONCAT_NULL_YIELDS_NULL", CONCAT_NULL_YIELDS_NULL, 0));
    all.add(new BitOption("NUMERIC_ROUNDABORT", NUMERIC_ROUNDABORT, 0));
    all.add(new BitOption("XACT_ABORT", XACT_ABORT, 0));
    all.add(new BitOption("DISABLE_DEF_CNST_CHK", DISABLE_DEF_CNST_CHK, 0));
    all.add(new AnsiDefaultsOption());
    for (String flag :
        List.of(
            "FMTONLY", "NOEXEC", "PARSEONLY", "NO_BROWSETABLE", "FORCEPLAN",
            "REMOTE_PROC_TRANSACTIONS", "SHOWPLAN_TEXT", "SHOWPLAN_ALL", "SHOWPLAN_XML",
            "STATISTICS IO", "STATISTICS TIME", "STATISTICS PROFILE", "STATISTICS XML")) {
      all.add(new FlagOption(flag));
    }
    all.add(new NumberOption("TEXTSIZE", (o, n) -> o.textSize = n <= 0 ? Integer.MAX_VALUE : n));
    all.add(new NumberOption("ROWCOUNT", (o, n) -> o.rowCountLimit = Math.max(0, n)));
    all.add(new NumberOption("LOCK_TIMEOUT", (o, n) -> o.lockTimeout = n));
    all.add(new NumberOption("QUERY_GOVERNOR_COST_LIMIT", (o, n) -> o.queryGovernorCostLimit = n));
    all.add(new DateFirstOption());
    all.add(new DateFormatOption());
    all.add(new LanguageOption());
    all.add(new DeadlockPriorityOption());
    all.add(new ContextInfoOption());
    all.add(new IsolationLevelOption());
    Map<String, SetOption> map = new TreeMap<>();
    for (SetOption o : all) {
      for (String n : o.names()) {
        map.put(n, o);
      }
    }
    return Map.copyOf(map);
  }
}
