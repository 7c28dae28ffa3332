package dev.quern.engine.session;

/**
 * The SET options of one session, with the defaults an ODBC/OLE DB/JDBC login gets (the drivers'
 * login flags switch the ANSI options on). {@link #options()} is @@OPTIONS.
 */
public final class SessionOptions {
  // @@OPTIONS bits ("@@OPTIONS (Transact-SQL)").
  public static final int DISABLE_DEF_CNST_CHK = 1;
  public static final int IMPLICIT_TRANSACTIONS = 2;
  public static final int CURSOR_CLOSE_ON_COMMIT = 4;
  public static final int ANSI_WARNINGS = 8;
  public static final int ANSI_PADDING = 16;
  public static final int ANSI_NULLS = 32;
  public static final int ARITHABORT = 64;
  public static final int ARITHIGNORE = 128;
  public static final int QUOTED_IDENTIFIER = 256;
  public static final int NOCOUNT = 512;
  public static final int ANSI_NULL_DFLT_ON = 1024;
  public static final int ANSI_NULL_DFLT_OFF = 2048;
  public static final int CONCAT_NULL_YIELDS_NULL = 4096;
  public static final int NUMERIC_ROUNDABORT = 8192;
  public static final int XACT_ABORT = 16384;

  /** What a driver login leaves set: ANSI_WARNINGS, ANSI_PADDING, ANSI_NULLS, QUOTED_IDENTIFIER, ANSI_NULL_DFLT_ON, CONCAT_NULL_YIELDS_NULL. */
  public static final int LOGIN_DEFAULTS =
      ANSI_WARNINGS | ANSI_PADDING | ANSI_NULLS | QUOTED_IDENTIFIER | ANSI_NULL_DFLT_ON
          | CONCAT_NULL_YIELDS_NULL;

  private int bits = LOGIN_DEFAULTS;
  public String language = "us_english";
  public String dateFormat = "mdy";
  public int dateFirst = 7;
  public int textSize = Integer.MAX_VALUE;
  public int lockTimeout = -1;
  public long rowCountLimit;
  public int deadlockPriority;
  public int queryGovernorCostLimit;
  /** SET CONTEXT_INFO: up to 128 bytes the application attaches to the session. */
  public byte[] contextInfo = new byte[0];
  /** 1 READ UNCOMMITTED, 2 READ COMMITTED, 3 REPEATABLE READ, 4 SERIALIZABLE, 5 SNAPSHOT (as sys.dm_exec_sessions). */
  public int isolationLevel = 2;
  /** Flags without an @@OPTIONS bit: FMTONLY, NOEXEC, PARSEONLY, SHOWPLAN_*, STATISTICS *, … by name. */
  private final java.util.Set<String> flags = new java.util.TreeSet<>();

  public int options() {
    return bits;
  }

  public boolean has(int bit) {
    return (bits & bit) != 0;
  }

  public void set(int bit, boolean on) {
    bits = on ? bits | bit : bits & ~bit;
  }

  public boolean flag(String name) {
    return flags.contains(name);
  }

  public void flag(String name, boolean on) {
    if (on) {
      flags.add(name);
    } else {
      flags.remove(name);
    }
  }

  /** The options a module's SET statements may change, saved to restore when it returns. */
  public record Saved(int bits, String language, String dateFormat, int dateFirst, int textSize,
      int lockTimeout, long rowCountLimit, int deadlockPriority, int queryGovernorCostLimit,
      int isolationLevel, java.util.Set<String> flags) {}

  public Saved save() {
    return new Saved(bits, language, dateFormat, dateFirst, textSize, lockTimeout, rowCountLimit,
        deadlockPriority, queryGovernorCostLimit, isolationLevel, java.util.Set.copyOf(flags));
  }

  /** Back to {@code saved}; CONTEXT_INFO is the session's, not the module's, and stays. */
  public void restore(Saved saved) {
    bits = saved.bits();
    language = saved.language();
    dateFormat = saved.dateFormat();
    dateFirst = saved.dateFirst();
    textSize = saved.textSize();
    lockTimeout = saved.lockTimeout();
    rowCountLimit = saved.rowCountLimit();
    deadlockPriority = saved.deadlockPriority();
    queryGovernorCostLimit = saved.queryGovernorCostLimit();
    isolationLevel = saved.isolationLevel();
    flags.clear();
    flags.addAll(saved.flags());
  }

  /**
   * Back to the state right after login, with the server's 'user options' bits added to the
   * driver's: a driver's login turns ANSI_NULL_DFLT_ON on, which wins over ANSI_NULL_DFLT_OFF.
   */
  public void reset(String loginLanguage, int userOptions) {
    reset(loginLanguage);
    bits |= userOptions & ~ANSI_NULL_DFLT_OFF;
  }

  public void reset(String loginLanguage) {
    bits = LOGIN_DEFAULTS;
    language = loginLanguage;
    dateFormat = "mdy";
    dateFirst = 7;
    textSize = Integer.MAX_VALUE;
    lockTimeout = -1;
    rowCountLimit = 0;
    deadlockPriority = 0;
    queryGovernorCostLimit = 0;
    contextInfo = new byte[0];
    isolationLevel = 2;
    flags.clear();
  }
}
