package dev.quern.server.dispatch;

import dev.quern.engine.api.EnvChange;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.ReturnValue;
import dev.quern.engine.api.SqlMessage;
import dev.quern.server.types.TextSizeLimit;
import dev.quern.server.types.WireTypes;
import dev.quern.tds.token.ColMetadataToken;
import dev.quern.tds.token.DoneInProcToken;
import dev.quern.tds.token.DoneProcToken;
import dev.quern.tds.token.DoneStatus;
import dev.quern.tds.token.DoneToken;
import dev.quern.tds.token.EnvChangeToken;
import dev.quern.tds.token.ErrorToken;
import dev.quern.tds.token.InfoToken;
import dev.quern.tds.token.NbcRowToken;
import dev.quern.tds.token.ReturnStatusToken;
import dev.quern.tds.token.ReturnValueToken;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.RowBatch;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Encodes what the engine reports into the tokens of one response message [MS-TDS §2.2.7, §4].
 *
 * <p>DONE sequencing: a statement's DONE is held back until the next token shows whether more
 * follows, so every DONE/DONEINPROC but the message's last carries DONE_MORE. DONE_ERROR marks the
 * completion after an error, DONE_COUNT a count ≥ 0. For RPCs, RETURNVALUEs are held until the
 * RETURNSTATUS has been written (mssql-jdbc reads the prepared handle on RETURNSTATUS) and each
 * call ends with DONEPROC, DONE_RPCINBATCH on all but the last call.
 */
public final class TokenResultSink implements ResultSink {
  /** Errors from this severity on end the statement's results as a server error. */
  static final int FATAL_SEVERITY = 20;

  private final PacketOutput out;
  private final int tdsVersion;
  private final String serverName;
  private ColMetadataToken metadata;
  private RowBatchEncoder batchEncoder;
  private List<SqlType> columnTypes = List.of();
  private Pending pending;
  private boolean errorSinceDone;
  private boolean errorInCall;
  private boolean columnsSinceDone;
  private boolean statusWritten;
  private final List<ReturnValue> heldReturnValues = new ArrayList<>();
  private final LongSupplier openTransaction;
  private final ColumnDescriptions descriptions;
  private int worstSeverity;
  private boolean noMetadata;
  private IntSupplier textSize = () -> TextSizeLimit.NONE;
  private int textLimit = TextSizeLimit.NONE;

  /** A completion not yet written: kind is the token type. */
  private record Pending(int kind, int status, int curCmd, long count) {}

  /**
   * @param openTransaction the session's open transaction descriptor (0: none), read on the
   *     request's thread when a statement completes, for DONE_INXACT
   */
  public TokenResultSink(PacketOutput out, int tdsVersion, String serverName,
      LongSupplier openTransaction) {
    this(out, tdsVersion, serverName, openTransaction, new ColumnDescriptions());
  }

  /** @param descriptions the connection's column descriptions, reused across its requests */
  TokenResultSink(PacketOutput out, int tdsVersion, String serverName,
      LongSupplier openTransaction, ColumnDescriptions descriptions) {
    this.out = out;
    this.tdsVersion = tdsVersion;
    this.serverName = serverName;
    this.openTransaction = openTransaction;
    this.descriptions = descriptions;
  }

  /**
   * Where the session's SET TEXTSIZE is read, at the start of each result set (a batch may change
   * it between two SELECTs); without it nothing is cut.
   */
  public void textSize(IntSupplier textSize) {
    this.textSize = textSize;
  }

  /**
   * The RPC asked for fNoMetaData (jTDS with useMetadataCache): result sets then start with
   * {@code 81 FF FF} instead of their column descriptions.
   */
  public void noMetadata(boolean on) {
    this.noMetadata = on;
  }

  @Override
  public void columns(List<ResultColumn> columns) {
    flushPending();
    ColumnDescriptions.Described d = descriptions.of(columns, tdsVersion);
    metadata = d.token();
    columnTypes = d.types();
    batchEncoder = null;
    textLimit = textSize.getAsInt();
    if (noMetadata) {
      ColMetadataToken.encodeNoMetadata(out.buffer());
    } else {
      out.buffer().writeBytes(d.encoded());
    }
    columnsSinceDone = true;
    out.packetize();
  }

  @Override
  public void browseInfo(dev.quern.engine.api.BrowseInfo info) {
    if (noMetadata) {
      return; // nothing was described, so nothing to qualify
    }
    new dev.quern.tds.token.TabNameToken(List.of(info.table())).encode(out.buffer(), tdsVersion);
    List<dev.quern.tds.token.ColInfoToken.Column> columns = new java.util.ArrayList<>();
    for (int i = 0; i < info.columns().size(); i++) {
      dev.quern.engine.api.BrowseInfo.Column c = info.columns().get(i);
      int status = (c.fromTable() ? 0 : dev.quern.tds.token.ColInfoToken.EXPRESSION)
          | (c.key() ? dev.quern.tds.token.ColInfoToken.KEY : 0)
          | (c.hidden() ? dev.quern.tds.token.ColInfoToken.HIDDEN : 0)
          | (c.baseName() != null ? dev.quern.tds.token.ColInfoToken.DIFFERENT_NAME : 0);
      columns.add(new dev.quern.tds.token.ColInfoToken.Column(i + 1, c.fromTable() ? 1 : 0, status, c.baseName()));
    }
    new dev.quern.tds.token.ColInfoToken(columns).encode(out.buffer(), tdsVersion);
    out.packetize();
  }

  @Override
  public void row(Object[] values) {
    if (metadata == null) {
      throw new IllegalStateException("row() before columns()");
    }
    Object[] wire = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      SqlType type = columnTypes.get(i);
      wire[i] = WireTypes.toWire(TextSizeLimit.cut(values[i], type, textLimit), type, tdsVersion);
    }
    int mark = out.buffer().writerIndex();
    try {
      NbcRowToken.encodeBest(out.buffer(), metadata, wire, tdsVersion);
    } catch (RuntimeException | Error e) {
      // Never leave half a token in the stream (nor after running out of stack or memory while
      // encoding): the response can still end cleanly, with the error.
      out.buffer().writerIndex(mark);
      throw e;
    }
    out.packetize();
  }

  /** The batch's rows straight from its columns (see {@link RowBatchEncoder}). */
  @Override
  public void rows(RowBatch batch) {
    if (metadata == null) {
      throw new IllegalStateException("rows() before columns()");
    }
    if (batchEncoder == null) {
      batchEncoder = new RowBatchEncoder(metadata, columnTypes, tdsVersion, textLimit);
    }
    int[] kinds = batchEncoder.prepare(batch);
    ByteBuf buf = out.buffer();
    // A failing value leaves no half a token in the stream (encodeRows), so the response can
    // still end cleanly.
    for (int r = 0, n = batch.rowCount(); r < n; ) {
      r = batchEncoder.encodeRows(buf, batch, r, n, kinds);
      out.packetize();
    }
  }

  @Override
  public void done(long rowCount, boolean inProc) {
    flushPending();
    int status = (rowCount >= 0 ? DoneStatus.COUNT : 0) | errorBits()
        | (openTransaction.getAsLong() != 0 ? DoneStatus.INXACT : 0);
    // A count without a result set comes from DML; mssql-jdbc needs a DML code to report it.
    int curCmd = columnsSinceDone ? CurCmd.SELECT : rowCount >= 0 ? CurCmd.INSERT : CurCmd.NONE;
    pending = new Pending(inProc ? 0xFF : 0xFD, status, curCmd, Math.max(rowCount, 0));
    errorSinceDone = false;
    columnsSinceDone = false;
    worstSeverity = 0;
  }

  /** DONE_ERROR after an error; DONE_SRVERROR instead for a fatal one (severity 20 and up). */
  private int errorBits() {
    if (!errorSinceDone) {
      return 0;
    }
    return worstSeverity >= FATAL_SEVERITY ? DoneStatus.SRVERROR : DoneStatus.ERROR;
  }

  @Override
  public void message(SqlMessage m) {
    flushPending();
    if (m.isError()) {
      new ErrorToken(m.number(), m.state(), m.severity(), m.text(), serverName,
          nullToEmpty(m.procName()), m.lineNumber()).encode(out.buffer(), tdsVersion);
      errorSinceDone = true;
      errorInCall = true;
      worstSeverity = Math.max(worstSeverity, m.severity());
    } else {
      // "For compatibility reasons, the Database Engine converts severity 10 to severity 0 before
      // returning the error information to the calling application" (Database Engine Error
      // Severities): RAISERROR(…, 10, …) and the engine's severity-10 messages go out as class 0,
      // which clients show as plain messages; severities 1 to 9 are sent as given.
      int severity = m.severity() == 10 ? 0 : m.severity();
      new InfoToken(m.number(), m.state(), severity, m.text(), serverName,
          nullToEmpty(m.procName()), m.lineNumber()).encode(out.buffer(), tdsVersion);
    }
    out.packetize();
  }

  @Override
  public void envChange(EnvChange change) {
    flushPending();
    envChangeToken(change).encode(out.buffer(), tdsVersion);
    out.packetize();
  }

  /** The RESETCONNECTION acknowledgement, written after the engine reset the session. */
  public void resetConnectionAck() {
    flushPending();
    EnvChangeToken.resetConnectionAck().encode(out.buffer(), tdsVersion);
  }

  static EnvChangeToken envChangeToken(EnvChange change) {
    return switch (change) {
      case EnvChange.Database d -> EnvChangeToken.database(d.newName(), d.oldName());
      case EnvChange.Language l -> EnvChangeToken.language(l.newName(), l.oldName());
      case EnvChange.SqlCollation c -> EnvChangeToken.sqlCollation(
          dev.quern.server.types.WireCollations.of(dev.quern.catalog.value.SupportedCollations.ofStored(c.name())).toBytes());
      case EnvChange.BeginTransaction b -> EnvChangeToken.beginTransaction(b.descriptor());
      case EnvChange.CommitTransaction c -> EnvChangeToken.commitTransaction(c.descriptor());
      case EnvChange.RollbackTransaction r -> EnvChangeToken.rollbackTransaction(r.descriptor());
    };
  }

  @Override
  public void returnStatus(int status) {
    flushPending();
    new ReturnStatusToken(status).encode(out.buffer(), tdsVersion);
    statusWritten = true;
    writeHeldReturnValues();
  }

  @Override
  public void returnValue(ReturnValue value) {
    if (!statusWritten) {
      heldReturnValues.add(value);
      return;
    }
    flushPending();
    writeReturnValue(value);
  }

  private void writeHeldReturnValues() {
    for (ReturnValue v : heldReturnValues) {
      writeReturnValue(v);
    }
    heldReturnValues.clear();
    out.packetize();
  }

  private void writeReturnValue(ReturnValue v) {
    ReturnValueToken.output(v.ordinal(), v.name(), WireTypes.typeInfo(v.type(), true, tdsVersion),
            WireTypes.toWire(v.value(), v.type(), tdsVersion))
        .encode(out.buffer(), tdsVersion);
    out.packetize();
  }

  /** Ends one RPC call of the message with DONEPROC. */
  public void endCall(boolean lastCall) {
    flushPending();
    writeHeldReturnValues();
    int status = (errorInCall || errorSinceDone ? DoneStatus.ERROR : 0)
        | (lastCall ? 0 : DoneStatus.MORE | DoneStatus.RPCINBATCH);
    new DoneProcToken(status, CurCmd.EXECUTE, 0).encode(out.buffer(), tdsVersion);
    errorInCall = false;
    errorSinceDone = false;
    columnsSinceDone = false;
    statusWritten = false;
    out.packetize();
  }

  /** Ends a SQL batch or TM response: the last completion loses DONE_MORE, or a DONE is added. */
  public void endBatch(int finalCurCmd) {
    if (pending != null && pending.kind == 0xFD && !errorSinceDone) {
      writeDone(pending, false);
      pending = null;
    } else {
      flushPending();
      new DoneToken(errorBits(), finalCurCmd, 0).encode(out.buffer(), tdsVersion);
    }
    errorSinceDone = false;
    worstSeverity = 0;
  }

  /** A request failed outside the engine's own reporting: an ERROR, then the final DONE(ERROR). */
  public void abort(SqlMessage error, boolean rpc) {
    heldReturnValues.clear();
    message(error);
    if (rpc) {
      new DoneProcToken(DoneStatus.ERROR, CurCmd.EXECUTE, 0).encode(out.buffer(), tdsVersion);
    } else {
      new DoneToken(DoneStatus.ERROR, CurCmd.NONE, 0).encode(out.buffer(), tdsVersion);
    }
    errorSinceDone = false;
    errorInCall = false;
  }

  /** Ends the message: the last packet goes out with EOM. */
  public void finish() {
    out.end();
  }

  private void flushPending() {
    if (pending != null) {
      writeDone(pending, true);
      pending = null;
    }
  }

  private void writeDone(Pending p, boolean more) {
    int status = more ? p.status | DoneStatus.MORE : p.status;
    if (p.kind == 0xFF) {
      new DoneInProcToken(status, p.curCmd, p.count).encode(out.buffer(), tdsVersion);
    } else {
      new DoneToken(status, p.curCmd, p.count).encode(out.buffer(), tdsVersion);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
