package dev.quern.engine.proc.message;

import dev.quern.catalog.meta.UserMessage;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.message.MessageErrors;
import dev.quern.engine.message.MessageLanguages;
import dev.quern.engine.message.StoredMessages;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.SessionState;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code sp_addmessage [@msgnum =] n, [@severity =] s, [@msgtext =] N'text' [, [@lang =] N'lang']
 * [, [@with_log =] 'true'|'false'] [, [@replace =] 'replace']} ("sp_addmessage (Transact-SQL)"):
 * stores a user-defined message, checked in SQL Server's order (permission, usage, with_log,
 * number, severity, language, replace). A localized version needs the us_english one first and
 * its severity; replacing the us_english version gives every other version its severity.
 */
final class AddMessageProcedure implements SystemProcedure {
  private static final List<String> PARAMS =
      List.of("@msgnum", "@severity", "@msgtext", "@lang", "@with_log", "@replace");
  /** @msgtext is nvarchar(255): a longer text is cut, as the parameter's type cuts it. */
  private static final int MAX_TEXT = 255;
  /** Only sysadmin may add messages above this severity or that are always logged. */
  private static final int MAX_SEVERITY_WITHOUT_SYSADMIN = 18;

  @Override
  public String name() {
    return "sp_addmessage";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    SessionState state = host.state();
    MessageWrite.requireServerAdmin(state);
    MessageArgs a = MessageArgs.bind(name(), args, PARAMS);
    Integer number = a.integer(0);
    Integer severity = a.integer(1);
    String text = a.text(2);
    if (number == null || severity == null || text == null) {
      throw MessageErrors.ADD_USAGE.raise();
    }
    Boolean withLog = withLog(a.text(4));
    if (number <= StoredMessages.LAST_SYSTEM_NUMBER) {
      throw MessageErrors.ID_TOO_LOW.raise();
    }
    if (severity < 1 || severity > 25) {
      throw MessageErrors.SEVERITY_RANGE.raise();
    }
    if ((severity > MAX_SEVERITY_WITHOUT_SYSADMIN || Boolean.TRUE.equals(withLog)) && !state.isSysadmin()) {
      throw SecurityErrors.NO_PERMISSION.raise();
    }
    String language = a.text(3) == null ? state.language() : a.text(3);
    int lcid = MessageLanguages.lcid(language).orElseThrow(() -> MessageErrors.NOT_A_LANGUAGE.raise(language));
    String replace = a.text(5);
    if (replace != null && !replace.strip().toLowerCase(Locale.ROOT).equals("replace")) {
      throw MessageErrors.REPLACE_REQUIRED.raise();
    }
    String stored = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    MessageWrite.run(state, w -> add(w, host, new UserMessage(number, lcid, severity, Boolean.TRUE.equals(withLog),
        stored), language, withLog != null, replace != null));
    return 0;
  }

  /** 'true' or 'false' (any case), null when not given; anything else is 15271. */
  private static Boolean withLog(String value) {
    if (value == null) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw MessageErrors.WITH_LOG_VALUE.raise();
    };
  }

  private static void add(MessageWrite w, ProcedureHost host, UserMessage m, String language, boolean logGiven,
      boolean replace) {
    Optional<UserMessage> english = w.master().message(m.messageId(), UserMessage.US_ENGLISH);
    UserMessage toStore = m;
    if (m.languageId() != UserMessage.US_ENGLISH) {
      UserMessage base = english.orElseThrow(() -> MessageErrors.US_ENGLISH_FIRST.raise(language));
      if (base.severity() != m.severity()) {
        throw MessageErrors.SEVERITY_MISMATCH.raise(language, base.severity());
      }
      if (logGiven) {
        host.sink().message(MessageErrors.WITH_LOG_IGNORED.message());
      }
      // Whether raising it is logged is the message's, not one language's: the us_english setting.
      toStore = m.withEventLogged(base.eventLogged());
    }
    if (w.master().message(m.messageId(), m.languageId()).isPresent() && !replace) {
      throw MessageErrors.REPLACE_REQUIRED.raise();
    }
    w.messages().save(w.txn(), toStore);
    if (m.languageId() == UserMessage.US_ENGLISH) {
      for (UserMessage other : w.master().messages()) {
        if (other.messageId() == m.messageId() && other.languageId() != UserMessage.US_ENGLISH) {
          w.messages().save(w.txn(), other.withSeverity(m.severity()).withEventLogged(m.eventLogged()));
        }
      }
    }
  }
}
