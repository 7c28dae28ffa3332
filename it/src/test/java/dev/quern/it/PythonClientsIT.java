package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.ExternalClient;
import dev.quern.it.support.QuernServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the Python client suites in {@code it/python} against one server: the pyodbc tests (FreeTDS
 * ODBC) with the project's venv python, the pymssql tests with Debian's {@code /usr/bin/python3},
 * which is where the python3-pymssql package installs, and the SQLAlchemy, pandas and Alembic tests
 * (through pyodbc) with the venv python too. Each suite must pass with nothing skipped.
 */
class PythonClientsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final Duration LIMIT = Duration.ofMinutes(10);

  private static final Path SUITE = QuernServer.root().resolve("it/python");

  @Test
  void pyodbcSuitePasses() throws Exception {
    Path venvPython = QuernServer.root().resolve(".venv/bin/python");
    assertThat(venvPython).as("the project's venv (make venv) with pyodbc").isExecutable();
    assertSuitePasses(venvPython.toString(), "test_pyodbc_");
  }

  @Test
  void sqlalchemyPandasAndAlembicSuitesPass() throws Exception {
    Path venvPython = QuernServer.root().resolve(".venv/bin/python");
    assertThat(venvPython).as("the project's venv (make venv) with SQLAlchemy, pandas and Alembic").isExecutable();
    assertSuitePasses(venvPython.toString(), "test_sqlalchemy_", "test_pandas_", "test_alembic");
  }

  @Test
  void pymssqlSuitePasses() throws Exception {
    Path debianPython = Path.of("/usr/bin/python3");
    assertThat(debianPython).as("Debian's python3 with python3-pymssql and python3-pytest").isExecutable();
    assertSuitePasses(debianPython.toString(), "test_pymssql_");
  }

  private static void assertSuitePasses(String python, String... prefixes) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(python, "-m", "pytest", "-q", "-p", "no:cacheprovider"));
    for (String prefix : prefixes) {
      command.addAll(testFiles(prefix));
    }
    ExternalClient.Result result =
        ExternalClient.run(
            command,
            SUITE,
            Map.of(
                "QUERN_IT_PORT", Integer.toString(SERVER.port()),
                "QUERN_IT_PASSWORD", SERVER.saPassword(),
                "PYTHONDONTWRITEBYTECODE", "1"),
            "",
            LIMIT);
    assertThat(result.exitCode()).as(result.transcript()).isZero();
    assertThat(result.stdout()).as(result.transcript()).contains(" passed").doesNotContain("skipped");
  }

  private static List<String> testFiles(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(SUITE)) {
      List<String> names =
          files.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(prefix) && n.endsWith(".py"))
              .sorted()
              .toList();
      assertThat(names).as("pytest files %s*.py in %s", prefix, SUITE).isNotEmpty();
      return names;
    }
  }
}
