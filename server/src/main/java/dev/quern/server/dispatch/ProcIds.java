package dev.quern.server.dispatch;

/** The well-known ProcIDs an RPC may name instead of a procedure [MS-TDS §2.2.6.6]. */
public final class ProcIds {
  private static final String[] NAMES = {
    null,
    "sp_cursor",
    "sp_cursoropen",
    "sp_cursorprepare",
    "sp_cursorexecute",
    "sp_cursorprepexec",
    "sp_cursorunprepare",
    "sp_cursorfetch",
    "sp_cursoroption",
    "sp_cursorclose",
    "sp_executesql",
    "sp_prepare",
    "sp_execute",
    "sp_prepexec",
    "sp_prepexecrpc",
    "sp_unprepare"
  };

  private ProcIds() {}

  /** The procedure a ProcID stands for, or null when the id is not one of 1–15. */
  public static String name(int procId) {
    return procId > 0 && procId < NAMES.length ? NAMES[procId] : null;
  }
}
