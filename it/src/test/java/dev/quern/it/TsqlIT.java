package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.ExternalClient;
import dev.quern.it.support.QuernServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * FreeTDS's {@code tsql} (package freetds-bin) driven as a subprocess: each {@code go}-terminated
 * batch is one SQL_BATCH. FreeTDS negotiates TDS 7.4 only when the PRELOGIN reply carries the
 * MARS option, so {@code version} must report 7.4.
 */
class TsqlIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final Duration LIMIT = Duration.ofSeconds(120);

  /** Runs {@code version}, then the batches, through tsql: no header or footer, '|' between columns. */
  private static ExternalClient.Result tsqlAs(String password, String... batches) throws IOException, InterruptedException {
    // "version" is a tsql command, not a batch: it prints the negotiated TDS version.
    StringBuilder input = new StringBuilder("version\n");
    for (String batch : batches) {
      input.append(batch).append("\ngo\n");
    }
    input.append("exit\n");
    List<String> command =
        List.of("tsql", "-H", SERVER.host(), "-p", Integer.toString(SERVER.port()), "-U", "sa", "-P", password,
            "-o", "fhq", "-t", "|");
    return ExternalClient.run(command, Path.of("."), Map.of(), input.toString(), LIMIT);
  }

  private static ExternalClient.Result tsql(String... batches) throws IOException, InterruptedException {
    return tsqlAs(SERVER.saPassword(), batches);
  }

  @Test
  void connectsWithTds74AndRunsABatch() throws Exception {
    ExternalClient.Result r = tsql("SELECT 1, N'hello', DB_NAME()");
    assertThat(r.exitCode()).as(r.transcript()).isZero();
    assertThat(r.lines()).as(r.transcript()).contains("1|hello|master");
    assertThat(r.stdout()).as(r.transcript()).contains("using TDS version 7.4");
  }

  @Test
  void freebcpLoadsAFileThroughInsertBulk(@TempDir Path dir) throws Exception {
    ExternalClient.Result created = tsql("CREATE TABLE bcp_in (id int PRIMARY KEY, s varchar(20), v float)");
    assertThat(created.exitCode()).as(created.transcript()).isZero();
    Path file = dir.resolve("rows.txt");
    Files.writeString(file, "1\talpha\t1.5\n2\tbeta\t\n3\tgamma\t3.25\n");
    // freebcp reads the table's shape (SET FMTONLY ON select * …), sends INSERT BULK, then BULK_LOAD.
    ExternalClient.Result bcp = ExternalClient.run(
        List.of("freebcp", "bcp_in", "in", file.toString(), "-S", SERVER.host() + ":" + SERVER.port(),
            "-U", "sa", "-P", SERVER.saPassword(), "-c"),
        Path.of("."), Map.of(), "", LIMIT);
    assertThat(bcp.exitCode()).as(bcp.transcript()).isZero();
    assertThat(bcp.stdout()).as(bcp.transcript()).contains("3 rows copied.");
    ExternalClient.Result r = tsql("SELECT id, s, ISNULL(CAST(v AS varchar(10)), 'null') FROM bcp_in ORDER BY id");
    assertThat(r.lines()).as(r.transcript()).contains("1|alpha|1.5", "2|beta|null", "3|gamma|3.25");
  }

  @Test
  void wrongPasswordFailsWith18456() throws Exception {
    ExternalClient.Result r = tsqlAs("not-the-password", "SELECT 1");
    assertThat(r.exitCode()).as(r.transcript()).isNotZero();
    String all = r.stdout() + r.stderr();
    assertThat(all).as(r.transcript()).contains("Msg 18456 (severity 14, state 1)");
    assertThat(all).as(r.transcript()).contains("Login failed for user 'sa'.");
  }

  @Test
  void roundTripsLiteralsOfSeveralTypes() throws Exception {
    ExternalClient.Result r =
        tsql(
            "SELECT CAST(255 AS tinyint), CAST(-32768 AS smallint), CAST(-2147483648 AS int),"
                + " CAST(9223372036854775807 AS bigint), CAST(1 AS bit), CAST(-123456.7891 AS decimal(10,4)),"
                + " CAST(N'Ω ∑ 日本語' AS nvarchar(20)), CAST('abc' AS varchar(10)), CAST('abc' AS char(5)),"
                + " CAST('6F9619FF-8B86-D011-B42D-00C04FC964FF' AS uniqueidentifier), CAST(N'max' AS nvarchar(max))");
    assertThat(r.exitCode()).as(r.transcript()).isZero();
    assertThat(r.lines())
        .as(r.transcript())
        .contains(
            "255|-32768|-2147483648|9223372036854775807|1|-123456.7891|Ω ∑ 日本語|abc|abc  |"
                + "6F9619FF-8B86-D011-B42D-00C04FC964FF|max");
  }

  @Test
  void roundTripsParametersThroughSpExecutesql() throws Exception {
    ExternalClient.Result r =
        tsql(
            "EXEC sp_executesql N'SELECT @a + 1, @b, @c', N'@a int, @b nvarchar(20), @c decimal(5,2)',"
                + " @a = 41, @b = N'param', @c = 1.5");
    assertThat(r.exitCode()).as(r.transcript()).isZero();
    assertThat(r.lines()).as(r.transcript()).contains("42|param|1.50");
  }

  @Test
  void readsAHundredThousandRows() throws Exception {
    ExternalClient.Result r = tsql(JdbcStreamingIT.HUNDRED_THOUSAND);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    List<String> rows = r.lines().stream().filter(l -> l.contains("|row")).toList();
    assertThat(rows).hasSize(100_000);
    // The float column is printed in FreeTDS's own format; the int and the string are exact.
    assertThat(rows.getFirst()).startsWith("1|").endsWith("|row1");
    assertThat(rows.getLast()).startsWith("100000|").endsWith("|row100000");
  }

  @Test
  void explicitTransactionsMoveTrancount() throws Exception {
    ExternalClient.Result r =
        tsql("BEGIN TRAN", "SELECT N'in', @@TRANCOUNT", "COMMIT TRAN", "SELECT N'after', @@TRANCOUNT");
    assertThat(r.exitCode()).as(r.transcript()).isZero();
    assertThat(r.lines()).as(r.transcript()).contains("in|1", "after|0");
  }

  @Test
  void errorsCarrySqlServersNumbersAndTheSessionGoesOn() throws Exception {
    ExternalClient.Result r = tsql("SELECT 1/0", "SELECT N'next'");
    String all = r.stdout() + r.stderr();
    assertThat(all).as(r.transcript()).contains("Msg 8134 (severity 16, state 1)");
    assertThat(all).as(r.transcript()).contains("Divide by zero error encountered.");
    assertThat(r.lines()).as(r.transcript()).contains("next");
  }
}
