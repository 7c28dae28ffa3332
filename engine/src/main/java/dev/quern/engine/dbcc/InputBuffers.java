package dev.quern.engine.dbcc;

import dev.quern.engine.session.SessionState;
import java.util.Optional;

/** Finds the session DBCC INPUTBUFFER and sys.dm_exec_input_buffer ask about. */
public final class InputBuffers {
  private InputBuffers() {}

  public static Optional<SessionState> session(SessionState viewer, int spid) {
    return viewer.server().sessions().stream().filter(s -> s.spid() == spid).findFirst();
  }
}
