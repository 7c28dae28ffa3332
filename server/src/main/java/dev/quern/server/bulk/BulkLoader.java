package dev.quern.server.bulk;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.RpcParameter;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.api.TransactionRequest;
import dev.quern.server.types.WireTypes;
import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.token.ColMetadataToken;
import dev.quern.tds.token.DoneToken;
import dev.quern.tds.token.NbcRowToken;
import dev.quern.tds.token.RowToken;
import dev.quern.tds.token.TokenType;
import dev.quern.tds.type.TypeInfo;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one bulk load: checks the INSERT BULK target, then inserts the rows of the BULK_LOAD
 * message that follows. Rows go to the engine in parameterized multi-row INSERTs of up to
 * {@link #MAX_ROWS_PER_INSERT} rows, all in one transaction (a savepoint inside the client's own
 * transaction), so that a failing row leaves none of the load behind, as in SQL Server.
 *
 * <p>Unlike SQL Server's default, enabled constraints are always checked (CHECK_CONSTRAINTS is
 * implied), so a load never leaves them untrusted, and triggers fire (FIRE_TRIGGERS is implied:
 * the rows go through INSERT). NULLs are kept as sent (KEEP_NULLS is implied). An identity
 * column listed in INSERT BULK means "keep the source's identity values", as in SQL Server: the
 * load runs with IDENTITY_INSERT on. Drivers leave the identity column out unless asked to keep
 * identities (mssql-jdbc reads the identity flag of the target's result metadata), and then the
 * table generates the values.
 */
public final class BulkLoader {
  /** Rows per INSERT statement; fewer when the columns would pass the parameter limit. */
  static final int MAX_ROWS_PER_INSERT = 1000;
  /** SQL Server allows 2,100 parameters per request; stay below with room for @stmt/@params. */
  static final int MAX_PARAMETERS = 2000;
  private static final String SAVEPOINT = "quern_bulk_load";

  private final InsertBulkStatement statement;
  private final EngineSession engine;
  private final int tdsVersion;
  /** Whether INSERT BULK lists the table's identity column (learned by {@link #check}). */
  private boolean keepsIdentity;

  public BulkLoader(InsertBulkStatement statement, EngineSession engine, int tdsVersion) {
    this.statement = statement;
    this.engine = engine;
    this.tdsVersion = tdsVersion;
  }

  /** Answers the INSERT BULK statement: the table and its columns must exist; true if they do. */
  public boolean check(ResultSink client) {
    StatementSink sink = new StatementSink(client);
    engine.executeBatch("SELECT TOP (0) " + columnList() + " FROM " + statement.table(), sink);
    keepsIdentity = sink.identityColumn;
    return !sink.failed();
  }

  /**
   * Inserts the rows of a BULK_LOAD payload (COLMETADATA, ROW/NBCROW…, DONE); returns the number
   * of rows inserted, or -1 after reporting the error to {@code client}.
   */
  public long load(ByteBuf payload, ResultSink client) {
    ColMetadataToken meta = ColMetadataToken.decode(payload, tdsVersion);
    if (meta == null || meta.size() != statement.columns().size()) {
      throw new TdsProtocolException("BULK_LOAD metadata does not match the INSERT BULK columns");
    }
    int perInsert = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, MAX_PARAMETERS / meta.size()));
    StatementSink sink = new StatementSink(client);
    boolean ownTransaction = engine.transactionDescriptor() == 0;
    engine.executeTransaction(ownTransaction ? new TransactionRequest.Begin(0, "")
        : new TransactionRequest.Save(SAVEPOINT), sink);
    long inserted;
    identityInsert(true, sink);
    try {
      inserted = insertAll(payload, meta, perInsert, sink);
    } catch (RuntimeException e) {
      undo(ownTransaction, client); // a malformed row: nothing of the load stays
      throw e;
    } finally {
      identityInsert(false, new StatementSink(client));
    }
    if (inserted < 0) {
      undo(ownTransaction, client);
      return -1;
    }
    if (ownTransaction) {
      engine.executeTransaction(new TransactionRequest.Commit("", false, 0), sink);
    }
    return sink.failed() ? -1 : inserted;
  }

  /** Inserts every row; -1 when an insert failed or the request was cancelled. */
  private long insertAll(ByteBuf payload, ColMetadataToken meta, int perInsert, StatementSink sink) {
    List<Object[]> chunk = new ArrayList<>(perInsert);
    long inserted = 0;
    while (!sink.failed() && !engine.wasCancelled()) {
      Object[] row = nextRow(payload, meta);
      if (row != null) {
        chunk.add(row);
      }
      if (chunk.size() == perInsert || (row == null && !chunk.isEmpty())) {
        inserted += insert(chunk, meta, sink);
        chunk.clear();
      }
      if (row == null) {
        return sink.failed() ? -1 : inserted;
      }
    }
    return -1;
  }

  /** Keeping the source's identity values is an IDENTITY_INSERT for the load's duration. */
  private void identityInsert(boolean on, StatementSink sink) {
    if (keepsIdentity) {
      engine.executeBatch(
          "SET IDENTITY_INSERT " + statement.table() + (on ? " ON" : " OFF"), sink);
    }
  }

  private void undo(boolean ownTransaction, ResultSink client) {
    engine.executeTransaction(new TransactionRequest.Rollback(
        ownTransaction ? "" : SAVEPOINT, false, 0), new StatementSink(client));
  }

  /** The next row, or null at the DONE that ends the rows. */
  private Object[] nextRow(ByteBuf in, ColMetadataToken meta) {
    if (!in.isReadable()) {
      return null; // FreeTDS ends some loads without a DONE
    }
    int token = in.getUnsignedByte(in.readerIndex());
    Object[] values = switch (token) {
      case RowToken.TOKEN -> RowToken.decode(in, meta, tdsVersion);
      case NbcRowToken.TOKEN -> NbcRowToken.decode(in, meta, tdsVersion);
      case TokenType.DONE -> {
        DoneToken.decode(in, tdsVersion);
        yield null;
      }
      default -> throw new TdsProtocolException(
          "Token 0x" + Integer.toHexString(token) + " among BULK_LOAD rows");
    };
    if (values == null && token != TokenType.DONE) {
      throw new TdsProtocolException("BULK_LOAD row is cut short");
    }
    if (values != null) {
      for (int i = 0; i < values.length; i++) {
        values[i] = WireTypes.fromWire(values[i], meta.column(i).type());
      }
    }
    return values;
  }

  private long insert(List<Object[]> rows, ColMetadataToken meta, StatementSink sink) {
    int columns = meta.size();
    // A client's TABLOCK (SqlBulkCopyOptions.TableLock, mssql-jdbc's setTableLock) locks the table
    // for the load, whose rows then take no row locks.
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(statement.table())
        .append(statement.options().contains("TABLOCK") ? " WITH (TABLOCK)" : "")
        .append(" (").append(columnList()).append(") VALUES ");
    StringBuilder declarations = new StringBuilder();
    List<RpcParameter> parameters = new ArrayList<>(2 + rows.size() * columns);
    parameters.add(null);
    parameters.add(null);
    for (int r = 0; r < rows.size(); r++) {
      sql.append(r == 0 ? "(" : ", (");
      for (int c = 0; c < columns; c++) {
        String name = "@p" + (r * columns + c);
        sql.append(c == 0 ? "" : ", ").append(name);
        declarations.append(declarations.isEmpty() ? "" : ", ").append(name).append(' ')
            .append(statement.columns().get(c).type());
        TypeInfo wire = meta.column(c).type();
        parameters.add(new RpcParameter(name, WireTypes.sqlType(wire), rows.get(r)[c], false));
      }
      sql.append(')');
    }
    SqlType text = SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX);
    parameters.set(0, new RpcParameter("@stmt", text, sql.toString(), false));
    parameters.set(1, new RpcParameter("@params", text, declarations.toString(), false));
    engine.executeRpc(new RpcRequest("sp_executesql", parameters), sink);
    // Counted here, not from the engine's DONE counts, which SET NOCOUNT ON hides.
    return sink.failed() ? 0 : rows.size();
  }

  private String columnList() {
    StringBuilder list = new StringBuilder();
    for (InsertBulkStatement.Column c : statement.columns()) {
      list.append(list.isEmpty() ? "" : ", ").append(c.name());
    }
    return list.toString();
  }

  /** Passes the engine's messages to the client; keeps its DONEs and result sets to itself. */
  private static final class StatementSink extends DiscardingSink {
    private final ResultSink client;
    private boolean failed;
    /** A result column was a table's identity column. */
    boolean identityColumn;

    StatementSink(ResultSink client) {
      this.client = client;
    }

    boolean failed() {
      return failed;
    }

    @Override
    public void columns(List<ResultColumn> columns) {
      identityColumn |= columns.stream().anyMatch(ResultColumn::identity);
    }

    @Override
    public void message(SqlMessage message) {
      failed |= message.isError();
      client.message(message);
    }
  }
}
