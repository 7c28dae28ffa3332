package dev.quern.engine.sys;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;
import java.util.function.Function;

/** A system view whose rows one function computes: the small compatibility and empty views. */
record DerivedView(String name, List<ResultColumn> columns, Function<SessionState, List<Object[]>> source)
    implements SystemView {
  @Override
  public List<Object[]> rows(SessionState session) {
    return source.apply(session);
  }
}
