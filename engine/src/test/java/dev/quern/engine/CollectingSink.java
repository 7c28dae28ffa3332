package dev.quern.engine;

import dev.quern.engine.api.EnvChange;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.ReturnValue;
import dev.quern.engine.api.SqlMessage;
import java.util.ArrayList;
import java.util.List;

/** A sink that records everything a request produces, in order, for tests. */
public class CollectingSink implements ResultSink {
  /** One recorded event. */
  public sealed interface Event {}

  public record Columns(List<ResultColumn> columns) implements Event {}

  public record Row(Object[] values) implements Event {}

  public record Done(long count, boolean inProc) implements Event {}

  public record Message(SqlMessage message) implements Event {}

  public record Env(EnvChange change) implements Event {}

  public record Status(int status) implements Event {}

  public record Output(ReturnValue value) implements Event {}

  public final List<Event> events = new ArrayList<>();

  @Override
  public void columns(List<ResultColumn> columns) {
    events.add(new Columns(columns));
  }

  @Override
  public void row(Object[] values) {
    events.add(new Row(values.clone()));
  }

  @Override
  public void done(long rowCount, boolean inProc) {
    events.add(new Done(rowCount, inProc));
  }

  @Override
  public void message(SqlMessage message) {
    events.add(new Message(message));
  }

  @Override
  public void envChange(EnvChange change) {
    events.add(new Env(change));
  }

  @Override
  public void returnStatus(int status) {
    events.add(new Status(status));
  }

  @Override
  public void returnValue(ReturnValue value) {
    events.add(new Output(value));
  }

  public List<Object[]> rows() {
    return events.stream().filter(e -> e instanceof Row).map(e -> ((Row) e).values()).toList();
  }

  public List<SqlMessage> messages() {
    return events.stream().filter(e -> e instanceof Message).map(e -> ((Message) e).message()).toList();
  }

  public List<SqlMessage> errors() {
    return messages().stream().filter(SqlMessage::isError).toList();
  }

  public List<ResultColumn> lastColumns() {
    List<ResultColumn> cols = null;
    for (Event e : events) {
      if (e instanceof Columns c) {
        cols = c.columns();
      }
    }
    return cols;
  }
}
