package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.UserMessage;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.message.SystemMessages;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.messages ("sys.messages (Transact-SQL)"): Quern's own messages in us_english (language_id
 * 1033), then the user-defined ones sp_addmessage stored in master, as the session's transaction
 * sees them; the same rows from every database.
 */
final class MessagesView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(integer("message_id", false),
      smallint("language_id", false), tinyint("severity", true), bit("is_event_logged", true),
      nvarchar("text", 2048, true));

  @Override
  public String name() {
    return "messages";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (SystemMessages.Entry e : SystemMessages.all()) {
      out.add(new Object[] {e.number(), UserMessage.US_ENGLISH, e.severity(), false, e.text()});
    }
    for (UserMessage m : session.store().snapshot(session.store().storage().main()).messages()) {
      out.add(new Object[] {m.messageId(), m.languageId(), m.severity(), m.eventLogged(), m.text()});
    }
    return out;
  }
}
