package dev.quern.server.cli;

import java.io.PrintWriter;

/** The "how to connect" text printed at start-up, one line per client. */
final class ConnectionHelp {
  private ConnectionHelp() {}

  static void print(PrintWriter out, String host, int port) {
    String h = host.equals("0.0.0.0") ? "localhost" : host;
    out.println("Quern is listening on " + h + ":" + port + ". Connect with:");
    out.println("  mssql-jdbc: jdbc:sqlserver://" + h + ":" + port
        + ";user=sa;password=<password>;encrypt=true;trustServerCertificate=true");
    out.println("  sqlcmd:     sqlcmd -S " + h + "," + port + " -U sa -P <password> -C");
    out.println("  ODBC:       Driver={ODBC Driver 18 for SQL Server};Server=" + h + "," + port
        + ";UID=sa;PWD=<password>;TrustServerCertificate=yes");
    out.println("  pyodbc:     pyodbc.connect('DRIVER={FreeTDS};SERVER=" + h + ";PORT=" + port
        + ";UID=sa;PWD=<password>;TDS_Version=7.4')");
    out.flush();
  }
}
