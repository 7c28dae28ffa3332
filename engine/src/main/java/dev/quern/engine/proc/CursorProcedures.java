package dev.quern.engine.proc;

import java.util.ArrayList;
import java.util.List;

/** The API server cursor procedures (ProcIDs 1–9: sp_cursor … sp_cursorclose). */
final class CursorProcedures {
  private CursorProcedures() {}

  static List<SystemProcedure> all() {
    List<SystemProcedure> all = new ArrayList<>();
    all.add(new CursorOpenProcedure());
    all.add(new CursorProcedure());
    all.addAll(CursorPrepareProcedures.all());
    all.addAll(CursorFetchProcedures.all());
    return List.copyOf(all);
  }
}
