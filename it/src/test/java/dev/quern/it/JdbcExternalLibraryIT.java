package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * External libraries through mssql-jdbc, the way sqlmlutils installs a package: a wheel zipped
 * into {@code <name>PREZIP.zip}, uploaded as a varbinary parameter with CREATE EXTERNAL LIBRARY in
 * an open transaction and imported by sp_execute_external_script before the commit; public (dbo)
 * and private libraries, ALTER to a new version, a broken upload.
 */
class JdbcExternalLibraryIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @BeforeAll
  static void enableExternalScripts() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;");
    }
  }

  @Test
  void aWheelUploadedInATransactionIsImportableBeforeTheCommitAndGoneAfterARollback() throws Exception {
    byte[] prezip = zip(Map.of("quernhello-1.0-py3-none-any.whl", wheel("quernhello", "1.0")));
    try (Connection c = SERVER.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement p = c.prepareStatement(
          "CREATE EXTERNAL LIBRARY [quernhello] FROM (CONTENT = ?) WITH (LANGUAGE = 'Python')")) {
        p.setBytes(1, prezip);
        p.execute();
      }
      assertThat(greeting(c, "quernhello")).isEqualTo("quernhello 1.0|extra");
      c.rollback();
      c.setAutoCommit(true);
      assertThat(failure(() -> greeting(c, "quernhello"))).startsWith("39004 ").contains("ModuleNotFoundError");
    }
  }

  @Test
  void alterInstallsTheNewVersionAndTheLibraryDirectoryIsInTheDocumentedVariable() throws Exception {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      upload(c, "CREATE", "quernver", wheel("quernver", "1.0"));
      assertThat(greeting(c, "quernver")).isEqualTo("quernver 1.0|extra");
      upload(c, "ALTER", "quernver", wheel("quernver", "2.0"));
      assertThat(greeting(c, "quernver")).isEqualTo("quernver 2.0|extra");
      try (ResultSet rs = s.executeQuery(
          "EXEC sp_execute_external_script @language = N'Python', @script = N'import os, pandas as pd\n"
              + "shared = os.environ[\"MRS_EXTLIB_SHARED_PATH\"]\n"
              + "OutputDataSet = pd.DataFrame({\"has\": [os.path.isdir(os.path.join(shared, \"quernver\"))], \"user\": [os.environ[\"MRS_EXTLIB_USER_PATH\"]]})'"
              + " WITH RESULT SETS ((has bit, [user] nvarchar(400)))")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean(1)).isTrue();
        assertThat(rs.getString(2)).isEmpty(); // dbo has no private libraries
      }
      s.execute("DROP EXTERNAL LIBRARY quernver");
      assertThat(failure(() -> greeting(c, "quernver"))).contains("ModuleNotFoundError");
    }
  }

  @Test
  void aPrivateLibraryShadowsThePublicOneForItsOwnerOnly() throws Exception {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE LOGIN libowner WITH PASSWORD = 'Lib-Owner-Pa55'; CREATE USER libowner FOR LOGIN libowner;"
          + " GRANT EXECUTE ANY EXTERNAL SCRIPT TO libowner; GRANT CREATE EXTERNAL LIBRARY TO libowner;");
      upload(c, "CREATE", "quernshadow", wheel("quernshadow", "1.0"));
      try (Connection own = DriverManager.getConnection("jdbc:sqlserver://" + SERVER.host() + ":" + SERVER.port()
          + ";user=libowner;password=Lib-Owner-Pa55;encrypt=false")) {
        assertThat(greeting(own, "quernshadow")).isEqualTo("quernshadow 1.0|extra");
        upload(own, "CREATE", "quernshadow", wheel("quernshadow", "9.9"));
        assertThat(greeting(own, "quernshadow")).isEqualTo("quernshadow 9.9|extra");
      }
      assertThat(greeting(c, "quernshadow")).isEqualTo("quernshadow 1.0|extra");
      try (ResultSet rs = s.executeQuery(
          "SELECT USER_NAME(principal_id), scope_desc FROM sys.external_libraries WHERE name = 'quernshadow' ORDER BY scope")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("dbo PUBLIC");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("libowner PRIVATE");
      }
    }
  }

  @Test
  void bytesThatAreNoZipFailTheScriptWithTheLaunchErrorAndTheServerCarriesOn() throws Exception {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE libbroken");
      s.execute("USE libbroken");
      s.execute("CREATE EXTERNAL LIBRARY broken FROM (CONTENT = 0x0102030405) WITH (LANGUAGE = 'Python')");
      assertThat(failure(() -> s.execute("EXEC sp_execute_external_script @language = N'Python', @script = N'x = 1'")))
          .startsWith("39021 ").contains("Cannot install the external library 'broken'").contains("not a zip");
      s.execute("DROP EXTERNAL LIBRARY broken");
      s.execute("EXEC sp_execute_external_script @language = N'Python', @script = N'x = 1'");
      s.execute("USE master");
    }
  }

  /** A statement that must fail. */
  @FunctionalInterface
  private interface Failing {
    void run() throws SQLException;
  }

  /** Every error of the failure, "number message" each, in order. */
  private static String failure(Failing f) {
    StringBuilder all = new StringBuilder();
    try {
      f.run();
    } catch (SQLException e) {
      for (SQLException x = e; x != null; x = x.getNextException()) {
        all.append(x.getErrorCode()).append(' ').append(x.getMessage()).append('\n');
      }
      return all.toString();
    }
    throw new AssertionError("expected the statement to fail");
  }

  private static void upload(Connection c, String verb, String name, byte[] content) throws SQLException {
    String sql = verb.equals("CREATE")
        ? "CREATE EXTERNAL LIBRARY [" + name + "] FROM (CONTENT = ?) WITH (LANGUAGE = 'Python')"
        : "ALTER EXTERNAL LIBRARY [" + name + "] SET (CONTENT = ?) WITH (LANGUAGE = 'Python')";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setBytes(1, content);
      p.execute();
    }
  }

  /** What the library's module says, as a script imports it. */
  private static String greeting(Connection c, String module) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "EXEC sp_execute_external_script @language = N'Python', @script = N'import pandas as pd, "
                + module + ", " + module + "_extra\n"
                + "OutputDataSet = pd.DataFrame({\"g\": [" + module + ".GREETING + \"|\" + " + module + "_extra.WORD]})'"
                + " WITH RESULT SETS ((g nvarchar(100)))")) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  /** A pure-Python wheel: the package, its dist-info, and a module under .data/purelib. */
  private static byte[] wheel(String name, String version) throws IOException {
    return zip(Map.of(
        name + "/__init__.py", "GREETING = '" + name + " " + version + "'\n",
        name + "-" + version + ".dist-info/METADATA", "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n",
        name + "-" + version + ".data/purelib/" + name + "_extra.py", "WORD = 'extra'\n",
        name + "-" + version + ".data/scripts/" + name + "-cli", "#!/bin/sh\n"));
  }

  private static byte[] zip(Map<String, ?> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue() instanceof byte[] b ? b : e.getValue().toString().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
