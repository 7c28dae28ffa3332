package dev.quern.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QuernCommandTest {
  @Test
  void serveHelpListsEveryOption() {
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new QuernCommand());
    cmd.setOut(new PrintWriter(out));
    assertThat(cmd.execute("serve", "--help")).isZero();
    assertThat(out.toString()).contains("--port", "--bind", "--data-dir", "--sa-password",
        "--tls-cert", "--tls-key", "--force-encryption", "--max-connections", "--log-level",
        "1433", "127.0.0.1");
  }

  @Test
  void defaultsMatchTheDocumentation() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();
    assertThat(serve.port).isEqualTo(1433);
    assertThat(serve.bind).isEqualTo("127.0.0.1");
    assertThat(serve.dataDir.toString()).isEqualTo("./data");
  }

  @Test
  void connectionHelpNamesEveryClient() {
    StringWriter out = new StringWriter();
    ConnectionHelp.print(new PrintWriter(out), "127.0.0.1", 1433);
    assertThat(out.toString()).contains("jdbc:sqlserver://127.0.0.1:1433", "sqlcmd -S 127.0.0.1,1433",
        "ODBC", "pyodbc");
  }
}
