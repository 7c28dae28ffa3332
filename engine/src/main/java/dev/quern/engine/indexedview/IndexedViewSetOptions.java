package dev.quern.engine.indexedview;

import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * The SET options an indexed view needs ("SET options that affect results"): ANSI_NULLS,
 * ANSI_PADDING, ANSI_WARNINGS, ARITHABORT, CONCAT_NULL_YIELDS_NULL and QUOTED_IDENTIFIER ON,
 * NUMERIC_ROUNDABORT OFF, when its index is created and when a statement changes a table it reads
 * (1934). ARITHABORT OFF passes while ANSI_WARNINGS is ON, which implies it (compatibility level 90
 * and up).
 */
final class IndexedViewSetOptions {
  private IndexedViewSetOptions() {}

  /** 1934 naming {@code statement} (CREATE INDEX, INSERT, UPDATE, DELETE, MERGE) and the wrong options. */
  static void require(SessionState state, String statement) {
    SessionOptions o = state.sessionOptions();
    List<String> wrong = new ArrayList<>();
    on(o, SessionOptions.ANSI_NULLS, "ANSI_NULLS", wrong);
    on(o, SessionOptions.ANSI_PADDING, "ANSI_PADDING", wrong);
    on(o, SessionOptions.ANSI_WARNINGS, "ANSI_WARNINGS", wrong);
    if (!o.has(SessionOptions.ANSI_WARNINGS)) {
      on(o, SessionOptions.ARITHABORT, "ARITHABORT", wrong);
    }
    on(o, SessionOptions.CONCAT_NULL_YIELDS_NULL, "CONCAT_NULL_YIELDS_NULL", wrong);
    on(o, SessionOptions.QUOTED_IDENTIFIER, "QUOTED_IDENTIFIER", wrong);
    if (o.has(SessionOptions.NUMERIC_ROUNDABORT)) {
      wrong.add("NUMERIC_ROUNDABORT");
    }
    if (!wrong.isEmpty()) {
      throw IndexedViewErrors.SET_OPTIONS.raise(statement, String.join(", ", wrong));
    }
  }

  private static void on(SessionOptions o, int bit, String name, List<String> wrong) {
    if (!o.has(bit)) {
      wrong.add(name);
    }
  }
}
