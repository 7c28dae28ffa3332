package dev.quern.engine.proc.message;

import dev.quern.catalog.meta.UserMessage;
import dev.quern.engine.message.MessageErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_altermessage [@message_id =] n, [@parameter =] 'WITH_LOG', [@parameter_value =]
 * 'true'|'false'} ("sp_altermessage (Transact-SQL)"): sets whether raising a user-defined message
 * is always logged, for every language version. Quern's own messages cannot be altered (15179).
 */
final class AlterMessageProcedure implements SystemProcedure {
  private static final List<String> PARAMS = List.of("@message_id", "@parameter", "@parameter_value");

  @Override
  public String name() {
    return "sp_altermessage";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    MessageWrite.requireServerAdmin(host.state());
    MessageArgs a = MessageArgs.bind(name(), args, PARAMS);
    Integer number = a.integer(0);
    String parameter = a.text(1);
    if (parameter == null || !parameter.strip().equalsIgnoreCase("WITH_LOG")) {
      throw MessageErrors.ALTER_PARAMETER.raise();
    }
    String value = a.text(2) == null ? "" : a.text(2).strip().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      throw MessageErrors.ALTER_VALUE.raise();
    }
    if (number == null) {
      throw MessageErrors.ALTER_NULL_ID.raise();
    }
    boolean logged = value.equals("true");
    MessageWrite.run(host.state(), w -> {
      List<UserMessage> versions = w.master().messages().stream().filter(m -> m.messageId() == number).toList();
      if (versions.isEmpty()) {
        throw MessageErrors.NOT_FOUND.raise(number);
      }
      for (UserMessage m : versions) {
        w.messages().save(w.txn(), m.withEventLogged(logged));
      }
    });
    return 0;
  }
}
