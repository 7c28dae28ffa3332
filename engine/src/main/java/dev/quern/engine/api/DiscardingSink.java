package dev.quern.engine.api;

import java.util.List;

/**
 * A sink that drops everything: the base for sinks that keep only some of what a statement
 * reports (override those callbacks) and for swallowing an inner statement's output.
 */
public abstract class DiscardingSink implements ResultSink {
  @Override
  public void columns(List<ResultColumn> columns) {}

  @Override
  public void row(Object[] values) {}

  @Override
  public void done(long rowCount, boolean inProc) {}

  @Override
  public void message(SqlMessage message) {}

  @Override
  public void envChange(EnvChange change) {}

  @Override
  public void returnStatus(int status) {}

  @Override
  public void returnValue(ReturnValue value) {}
}
