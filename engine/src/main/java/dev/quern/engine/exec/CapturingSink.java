package dev.quern.engine.exec;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.EnvChange;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.ReturnValue;
import dev.quern.engine.api.SqlMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rows of every result set a statement produces (INSERT … EXEC), with the types of
 * the set each row came from; messages and environment changes still go to the client.
 */
final class CapturingSink implements ResultSink {
  private final ResultSink client;
  private final List<Object[]> rows = new ArrayList<>();
  private final List<List<SqlType>> types = new ArrayList<>();
  private List<SqlType> current = List.of();

  CapturingSink(ResultSink client) {
    this.client = client;
  }

  List<Object[]> rows() {
    return rows;
  }

  List<List<SqlType>> types() {
    return types;
  }

  @Override
  public void columns(List<ResultColumn> columns) {
    current = columns.stream().map(ResultColumn::type).toList();
  }

  @Override
  public void row(Object[] values) {
    rows.add(values.clone());
    types.add(current);
  }

  @Override
  public void done(long rowCount, boolean inProc) {
    // The captured statements' counts are not the INSERT's.
  }

  @Override
  public void message(SqlMessage message) {
    client.message(message);
  }

  @Override
  public void envChange(EnvChange change) {
    client.envChange(change);
  }

  @Override
  public void returnStatus(int status) {
    // EXEC's return status is not sent for INSERT … EXEC.
  }

  @Override
  public void returnValue(ReturnValue value) {
    client.returnValue(value);
  }
}
