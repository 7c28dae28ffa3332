package dev.quern.engine.exec;

import dev.quern.engine.expr.XmlEscaping;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One DDL event a statement raises ("DDL Events"): its type (CREATE_TABLE), the database it
 * happens in (null for a login's), and the object it names with its schema and type, and the
 * object that one belongs to (an index's or a DML trigger's table), each null where the event has
 * none. {@link #xml} writes what EVENTDATA() returns for it: the EVENT_INSTANCE document SQL
 * Server's events.xsd describes.
 */
record DdlEvent(
    String type, String database, String schema, String object, String objectType, String target,
    String targetType) {
  private static final DateTimeFormatter POST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

  /** The EVENT_INSTANCE document, {@code command} the statement's text as the batch holds it. */
  String xml(SessionState state, String command) {
    StringBuilder sb = new StringBuilder("<EVENT_INSTANCE>");
    element(sb, "EventType", type);
    element(sb, "PostTime", LocalDateTime.now().format(POST_TIME));
    element(sb, "SPID", Integer.toString(state.spid()));
    element(sb, "ServerName", state.serverName());
    element(sb, "LoginName", state.loginName());
    boolean serverLevel = dev.quern.engine.ast.DdlEventTypes.serverLevel(type);
    if (!serverLevel) {
      element(sb, "UserName", state.userName());
    }
    element(sb, "DatabaseName", database);
    element(sb, "SchemaName", schema);
    element(sb, "ObjectName", object);
    element(sb, "ObjectType", objectType);
    element(sb, "TargetObjectName", target);
    element(sb, "TargetObjectType", targetType);
    sb.append("<TSQLCommand>").append(setOptions(state));
    element(sb, "CommandText", command);
    return sb.append("</TSQLCommand></EVENT_INSTANCE>").toString();
  }

  private static String setOptions(SessionState state) {
    SessionOptions o = state.sessionOptions();
    return "<SetOptions ANSI_NULLS=\"" + onOff(o.has(SessionOptions.ANSI_NULLS))
        + "\" ANSI_NULL_DEFAULT=\"" + onOff(o.has(SessionOptions.ANSI_NULL_DFLT_ON))
        + "\" ANSI_PADDING=\"" + onOff(o.has(SessionOptions.ANSI_PADDING))
        + "\" QUOTED_IDENTIFIER=\"" + onOff(o.has(SessionOptions.QUOTED_IDENTIFIER))
        + "\" ENCRYPTED=\"FALSE\"/>";
  }

  private static String onOff(boolean on) {
    return on ? "ON" : "OFF";
  }

  private static void element(StringBuilder sb, String name, String value) {
    if (value == null) {
      return;
    }
    sb.append('<').append(name).append('>');
    XmlEscaping.escape(sb, value, false);
    sb.append("</").append(name).append('>');
  }
}
