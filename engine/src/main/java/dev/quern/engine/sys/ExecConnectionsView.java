package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ConnectionInfo;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_exec_connections: one row per client connection (sessions opened inside the server
 * have none). Reads and writes are the socket's, counted as they happen.
 */
final class ExecConnectionsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          smallint("session_id", true),
          integer("most_recent_session_id", true),
          datetime("connect_time", false),
          nvarchar("net_transport", 40, false),
          nvarchar("protocol_type", 40, true),
          integer("protocol_version", true),
          integer("endpoint_id", true),
          nvarchar("encrypt_option", 40, false),
          nvarchar("auth_scheme", 40, false),
          smallint("node_affinity", false),
          integer("num_reads", true),
          integer("num_writes", true),
          datetime("last_read", true),
          datetime("last_write", true),
          integer("net_packet_size", true),
          nvarchar("client_net_address", 48, true),
          integer("client_tcp_port", true),
          nvarchar("local_net_address", 48, true),
          integer("local_tcp_port", true),
          uniqueidentifier("connection_id", false),
          uniqueidentifier("parent_connection_id", true),
          varbinary("most_recent_sql_handle", 64, true));

  /** The endpoint id of SQL Server's default TCP endpoint ("TSQL Default TCP"). */
  private static final int TSQL_DEFAULT_TCP = 4;

  @Override
  public String name() {
    return "dm_exec_connections";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (SessionState s : session.server().sessions()) {
      ConnectionInfo c = s.info().connection();
      if (c != null) {
        rows.add(row(session, s, c));
      }
    }
    return rows;
  }

  private static Object[] row(SessionState viewer, SessionState s, ConnectionInfo c) {
    var traffic = c.traffic();
    return new Object[] {
      s.spid(), s.spid(), localDatetime(c.connectTime()), "TCP", "TSQL", s.info().tdsVersion(),
      TSQL_DEFAULT_TCP, c.encrypted() ? "TRUE" : "FALSE", "SQL", 0,
      saturatedInt(traffic.reads()), saturatedInt(traffic.writes()),
      localDatetime(traffic.lastRead()), localDatetime(traffic.lastWrite()), s.info().packetSize(),
      c.clientAddress(), c.clientPort(), c.localAddress(), c.localPort(), c.connectionId(), null,
      viewer.server().sqlTexts().handle(s.activity().lastText())
    };
  }
}
