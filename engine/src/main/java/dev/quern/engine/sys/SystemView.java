package dev.quern.engine.sys;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/** A system catalog view or DMV ("System Catalog Views (Transact-SQL)"): its columns and rows. */
public interface SystemView {
  /** The view's name without schema, lower case ({@code databases}, {@code dm_exec_sessions}). */
  String name();

  List<ResultColumn> columns();

  /** The rows as the given session sees them, values in column order. */
  List<Object[]> rows(SessionState session);
}
