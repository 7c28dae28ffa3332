package dev.quern.engine.proc.message;

import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/** The procedures that manage user-defined messages (sys.messages above 50000). */
public final class MessageProcedures {
  private MessageProcedures() {}

  public static List<SystemProcedure> all() {
    return List.of(new AddMessageProcedure(), new AlterMessageProcedure(), new DropMessageProcedure());
  }
}
