package dev.quern.engine.exec;

import dev.quern.catalog.meta.Trigger;
import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.XmlEscaping;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.TriggerFrame;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logon triggers ("Logon Triggers"): the enabled triggers ON ALL SERVER FOR LOGON run once a login
 * has authenticated, before its session is handed to the client, in one transaction of their own.
 * A ROLLBACK or an error in one refuses the login (the caller answers 17892); what they select or
 * print goes nowhere (SQL Server writes it to its error log, which Quern logs instead).
 */
final class LogonTriggers {
  private static final Logger LOG = LoggerFactory.getLogger(LogonTriggers.class);
  private static final DateTimeFormatter POST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

  private LogonTriggers() {}

  /** The enabled logon triggers, in creation order. */
  static List<Trigger> triggers(SessionState state) {
    var md = state.store().metadata(state.store().storage().main());
    return md.database("master")
        .map(db -> md.ddlTriggers(db.id(), Trigger.SERVER).stream()
            .filter(t -> !t.disabled() && t.firesOn("LOGON")).toList())
        .orElse(List.of());
  }

  /** Runs them; false when one refused the login. {@code sink} is where their output would go. */
  static boolean fire(SessionState state, List<Trigger> triggers, ResultSink sink) {
    String xml = eventData(state);
    state.transactions().begin(null, sink);
    try {
      for (Trigger t : triggers) {
        TriggerFiring.run(state, t, TriggerFrame.ddl(t.id(), xml, state.nestLevel()), 0);
      }
    } catch (TriggerAbort | SqlException | BatchAbortException e) {
      LOG.info("session {}: a logon trigger refused login '{}'", state.spid(), state.loginName());
      state.transactions().rollbackAll(sink);
      return false;
    }
    if (state.transactions().count() == 0) {
      return false; // the body ended the transaction itself (a COMMIT or ROLLBACK with a name)
    }
    state.transactions().commit(sink);
    return true;
  }

  /** The LOGON event's EVENT_INSTANCE document. */
  private static String eventData(SessionState state) {
    StringBuilder sb = new StringBuilder("<EVENT_INSTANCE>");
    element(sb, "EventType", "LOGON");
    element(sb, "PostTime", LocalDateTime.now().format(POST_TIME));
    element(sb, "SPID", Integer.toString(state.spid()));
    element(sb, "ServerName", state.serverName());
    element(sb, "LoginName", state.loginName());
    element(sb, "LoginType", "SQL Login");
    element(sb, "ClientHost", state.hostName());
    element(sb, "IsPooled", "0");
    return sb.append("</EVENT_INSTANCE>").toString();
  }

  private static void element(StringBuilder sb, String name, String value) {
    if (value == null) {
      return;
    }
    sb.append('<').append(name).append('>');
    XmlEscaping.escape(sb, value, false);
    sb.append("</").append(name).append('>');
  }

  /** A sink for what logon triggers send: nothing reaches a client not yet logged in. */
  static ResultSink discarding() {
    return new DiscardingSink() {};
  }
}
