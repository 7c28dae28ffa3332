package dev.quern.engine.proc.message;

import dev.quern.catalog.meta.UserMessage;
import dev.quern.engine.message.MessageErrors;
import dev.quern.engine.message.MessageLanguages;
import dev.quern.engine.message.StoredMessages;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/**
 * {@code sp_dropmessage [@msgnum =] n [, [@lang =] 'language' | 'ALL']} ("sp_dropmessage
 * (Transact-SQL)"): drops one language version of a user-defined message (the session's language
 * when @lang is NULL), or all of them; the us_english version goes last (15280).
 */
final class DropMessageProcedure implements SystemProcedure {
  private static final List<String> PARAMS = List.of("@msgnum", "@lang");

  @Override
  public String name() {
    return "sp_dropmessage";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    MessageWrite.requireServerAdmin(host.state());
    MessageArgs a = MessageArgs.bind(name(), args, PARAMS);
    Integer number = a.integer(0);
    if (number == null) {
      throw MessageErrors.DROP_USAGE.raise();
    }
    if (number <= StoredMessages.LAST_SYSTEM_NUMBER) {
      throw MessageErrors.DROP_SYSTEM.raise();
    }
    String language = a.text(1) == null ? host.state().language() : a.text(1).strip();
    boolean all = language.equalsIgnoreCase("all");
    Integer lcid = all ? null
        : MessageLanguages.lcid(language).orElseThrow(() -> MessageErrors.NOT_A_LANGUAGE.raise(language));
    MessageWrite.run(host.state(), w -> {
      List<UserMessage> versions = w.master().messages().stream().filter(m -> m.messageId() == number).toList();
      List<UserMessage> dropped = all ? versions : versions.stream().filter(m -> m.languageId() == lcid).toList();
      if (dropped.isEmpty()) {
        throw MessageErrors.NOT_FOUND.raise(number);
      }
      if (!all && lcid == UserMessage.US_ENGLISH && versions.size() > 1) {
        throw MessageErrors.LOCALIZED_REMAIN.raise();
      }
      for (UserMessage m : dropped) {
        w.messages().drop(w.txn(), m);
      }
    });
    return 0;
  }
}
