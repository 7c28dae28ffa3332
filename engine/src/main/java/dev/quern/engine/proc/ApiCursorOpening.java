package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.cursor.ApiCursor;
import dev.quern.engine.cursor.SessionCursors;
import dev.quern.engine.error.CursorErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Opens an API server cursor (sp_cursoropen, sp_cursorexecute, sp_cursorprepexec) on the T-SQL
 * cursor engine: the statement becomes {@code DECLARE API_CURSOR… CURSOR GLOBAL <options> FOR
 * <statement>; OPEN …}, run with the call's parameters, and the cursor then moves to the session's
 * API cursors under a fresh handle. The answer is what drivers expect: the cursor's column
 * metadata (no rows) with SQL Server's hidden trailing ROWSTAT column, then the OUTPUT values.
 */
final class ApiCursorOpening {
  /** sp_cursoropen's scrollopt and ccopt bits (SQL Server's API cursor documentation). */
  static final int KEYSET = 0x1, DYNAMIC = 0x2, FORWARD_ONLY = 0x4, STATIC = 0x8, FAST_FORWARD = 0x10;
  static final int READ_ONLY = 0x1, SCROLL_LOCKS = 0x2, OPTIMISTIC = 0x4, OPTIMISTIC_VALUES = 0x8;
  /** The row status column every API cursor row ends with (1 fetched, 2 missing). */
  static final ResultColumn ROWSTAT = new ResultColumn("ROWSTAT", SqlTypes.INT, false, false);

  private ApiCursorOpening() {}

  /** What the call asks for and where its answers go. */
  record Request(
      String proc, String statement, String paramDefs, List<ProcArg> values, ProcArg cursor, ProcArg scrollopt,
      ProcArg ccopt, ProcArg rowcount) {}

  static int open(Request r, ProcedureHost host) {
    if (r.statement() == null) {
      // NULL or DEFAULT for @stmt: nothing to open a cursor on.
      throw CursorErrors.PARAMETER_INVALID.raise(r.proc(), "stmt");
    }
    dev.quern.engine.ast.SourceSpan select = theSelect(r.statement(), host);
    if (select == null) {
      // No cursor over anything but a batch with one SELECT: SQL Server runs it as it is and says
      // so (16954), and drivers then read its results directly.
      host.sink().message(CursorErrors.EXECUTING_DIRECTLY.message());
      int status = ParameterizedStatement.compile(r.statement(), r.paramDefs(), host).run(r.proc(), r.values(), host);
      r.cursor().setOutput(0, SqlTypes.INT);
      if (r.rowcount() != null && r.rowcount().output()) {
        r.rowcount().setOutput(-1, SqlTypes.INT);
      }
      return status;
    }
    SessionCursors cursors = host.state().cursors();
    int scroll = intOf(r.scrollopt(), KEYSET);
    int cc = intOf(r.ccopt(), OPTIMISTIC);
    int kindBits = scroll & 0x1F;
    int ccBits = cc & 0xF;
    if ((kindBits == STATIC || kindBits == FAST_FORWARD) && ccBits != READ_ONLY && ccBits != 0) {
      throw CursorErrors.CONCURRENCY_INCOMPATIBLE.raise(
          r.proc(), ccBits, ccBits == SCROLL_LOCKS ? "SCROLL_LOCKS" : "OPTIMISTIC");
    }
    int handle = cursors.nextHandle();
    String name = String.format(Locale.ROOT, "API_CURSOR%016X", handle);
    // The batch's SELECT becomes the cursor's; its other statements (jTDS sends SET options with
    // its first query) run around it as they stand.
    String stmt = r.statement();
    String text =
        stmt.substring(0, select.start())
            + "DECLARE [" + name + "] CURSOR GLOBAL " + options(scroll, cc) + " FOR "
            + stmt.substring(select.start(), select.end()) + "\nOPEN [" + name + "]\n"
            + stmt.substring(select.end());
    int status = ParameterizedStatement.compile(text, r.paramDefs(), host)
        .run(r.proc(), r.values(), host);
    ApiCursor a = cursors.toApi(name, handle);
    if (a == null) {
      // The statement's error (208, 245…) went to the client already; no cursor, handle 0.
      r.cursor().setOutput(0, SqlTypes.INT);
      return status;
    }
    List<ResultColumn> columns = new ArrayList<>(a.cursor().columns());
    columns.add(ROWSTAT);
    host.sink().columns(columns);
    var single = a.cursor().rows(1).table();
    if (single != null) {
      List<dev.quern.engine.api.BrowseInfo.Column> browse = new ArrayList<>(single.browse(a.cursor().columns()));
      browse.add(new dev.quern.engine.api.BrowseInfo.Column(false, false, true, null)); // ROWSTAT
      host.sink().browseInfo(new dev.quern.engine.api.BrowseInfo(single.nameParts(), browse));
    }
    host.sink().done(0, true);
    r.cursor().setOutput(handle, SqlTypes.INT);
    boolean readOnly = a.cursor().kind().readOnly();
    int kindBit = a.cursor().converted() ? STATIC : scroll & 0x1F;
    if (r.scrollopt() != null && r.scrollopt().output()) {
      r.scrollopt().setOutput(kindBit | (scroll & ~0x1F), SqlTypes.INT);
    }
    if (r.ccopt() != null && r.ccopt().output()) {
      r.ccopt().setOutput(readOnly ? READ_ONLY | (cc & ~0xF) : cc, SqlTypes.INT);
    }
    if (r.rowcount() != null && r.rowcount().output()) {
      r.rowcount().setOutput((int) Math.min(Integer.MAX_VALUE, a.count()), SqlTypes.INT);
    }
    return 0;
  }

  /**
   * Where the one SELECT of {@code statement} stands, when the batch has exactly one (without
   * variable assignments or FOR XML/JSON) among its top-level statements; null otherwise.
   */
  private static dev.quern.engine.ast.SourceSpan theSelect(String statement, ProcedureHost host) {
    boolean quoted = host.state().sessionOptions().has(dev.quern.engine.session.SessionOptions.QUOTED_IDENTIFIER);
    dev.quern.engine.parser.ParsedBatch parsed;
    try {
      parsed = dev.quern.engine.parser.Parser.parse(statement, quoted);
    } catch (dev.quern.engine.error.SqlException e) {
      return null; // run as it is, to report its own syntax error
    }
    List<dev.quern.engine.ast.SelectStatement> selects = parsed.statements().stream()
        .filter(st -> st instanceof dev.quern.engine.ast.SelectStatement)
        .map(st -> (dev.quern.engine.ast.SelectStatement) st)
        .toList();
    if (selects.size() != 1) {
      return null;
    }
    dev.quern.engine.ast.SelectStatement sel = selects.getFirst();
    boolean assigns = sel.query().items().stream().anyMatch(i -> i instanceof dev.quern.engine.ast.SelectItem.Assign);
    return sel.forClause() != null || assigns ? null : parsed.spans().get(sel);
  }

  /** DECLARE CURSOR's options for scrollopt and ccopt. */
  static String options(int scroll, int cc) {
    String kind =
        switch (scroll & 0x1F) {
          case DYNAMIC -> "SCROLL DYNAMIC";
          case FORWARD_ONLY -> "FORWARD_ONLY DYNAMIC";
          case STATIC -> "SCROLL STATIC";
          case FAST_FORWARD -> "FAST_FORWARD";
          default -> "SCROLL KEYSET";
        };
    if ((scroll & 0x1F) == STATIC || (scroll & 0x1F) == FAST_FORWARD) {
      return kind + " READ_ONLY"; // only read-only goes with static and fast-forward cursors
    }
    String concurrency =
        switch (cc & 0xF) {
          case READ_ONLY -> "READ_ONLY";
          case SCROLL_LOCKS -> "SCROLL_LOCKS";
          default -> "OPTIMISTIC";
        };
    return kind + " " + concurrency;
  }

  /**
   * The int value of an option argument such as scrollopt; a value of another type (a client
   * that sends a datetime there) is converted to int, or gets the conversion's error (245, 529…).
   */
  static int intOf(ProcArg a, int otherwise) {
    if (a == null || a.isDefault() || a.value() == null) {
      return otherwise;
    }
    if (a.value() instanceof Number n) {
      return n.intValue();
    }
    return ((Number) ParameterizedStatement.convert(a.value(), a.type(), SqlTypes.INT)).intValue();
  }
}
