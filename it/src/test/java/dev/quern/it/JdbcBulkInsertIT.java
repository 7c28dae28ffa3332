package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * BULK INSERT and OPENROWSET(BULK …) through mssql-jdbc against a server process reading files
 * beside it: the update count, a row error as the driver's SQLException with the other rows kept,
 * batches that commit on their own with the rejected rows in an error file, and a file stored as a
 * varbinary(max) value.
 */
class JdbcBulkInsertIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @TempDir Path dir;

  @Test
  void aCsvFileLoadsAndExecuteUpdateCountsItsRows() throws Exception {
    Path csv = dir.resolve("iris.csv");
    Files.writeString(csv, "sepal_length,species\n5.1,\"setosa\"\n7.0,versicolor\n6.3,\"virginica, large\"\n",
        StandardCharsets.UTF_8);
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jb_iris (id int IDENTITY PRIMARY KEY, sepal_length float, species varchar(30))");
      // The identity column takes no field: a view-free load names the file's columns by position.
      s.execute("CREATE TABLE jb_stage (sepal_length float, species varchar(30))");
      int loaded = s.executeUpdate("BULK INSERT jb_stage FROM '" + csv + "' WITH (FORMAT = 'CSV', FIRSTROW = 2)");
      assertThat(loaded).isEqualTo(3);
      s.executeUpdate("INSERT jb_iris (sepal_length, species) SELECT sepal_length, species FROM jb_stage");
      try (ResultSet rs = s.executeQuery("SELECT species FROM jb_iris WHERE sepal_length > 6 ORDER BY id")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("versicolor");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("virginica, large");
      }
    }
  }

  @Test
  void aRowThatDoesNotConvertIsTheDriversErrorAndTheOthersStay() throws Exception {
    Path txt = dir.resolve("bad.txt");
    Files.writeString(txt, "1\tone\nx\ttwo\n3\tthree\n", StandardCharsets.UTF_8);
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jb_bad (id int, name varchar(10))");
      assertThatThrownBy(() -> s.executeUpdate("BULK INSERT jb_bad FROM '" + txt + "'"))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(4864);
            assertThat(e.getMessage()).isEqualTo("Bulk load data conversion error (type mismatch or invalid"
                + " character for the specified codepage) for row 2, column 1 (id).");
          });
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jb_bad")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    }
  }

  @Test
  void aFileBecomesAVarbinaryMaxValue() throws Exception {
    byte[] model = new byte[100_000];
    new java.util.Random(7).nextBytes(model);
    Path file = Files.write(dir.resolve("model.pkl"), model);
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jb_models (name varchar(20), model varbinary(max))");
      s.executeUpdate("INSERT jb_models SELECT 'tree', BulkColumn FROM OPENROWSET(BULK '" + file + "', SINGLE_BLOB) AS f");
      try (ResultSet rs = s.executeQuery("SELECT model FROM jb_models WHERE name = 'tree'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBytes(1)).isEqualTo(model);
      }
    }
  }

  @Test
  void eachBatchCommitsOnItsOwnAndRejectedRowsGoToTheErrorFile() throws Exception {
    Path txt = dir.resolve("batches.txt");
    Files.writeString(txt, "1\tone\nx\tbad\n3\tthree\n4\tfour\n2\tdup\n", StandardCharsets.UTF_8);
    Path errors = dir.resolve("rejects.txt");
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jb_batches (id int PRIMARY KEY, name varchar(10))");
      s.execute("INSERT jb_batches VALUES (2, 'two')");
      // Batches of two file rows: rows 1-2 and 3-4 commit; row 5's key violation undoes only its own.
      assertThatThrownBy(() -> s.execute("BULK INSERT jb_batches FROM '" + txt + "' WITH (BATCHSIZE = 2, ERRORFILE = '"
          + errors + "')"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(4864));
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jb_batches")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(4);
      }
    }
    assertThat(Files.readString(errors, StandardCharsets.UTF_8)).isEqualTo("x\tbad\n");
    assertThat(Files.readString(Path.of(errors + ".Error.Txt"), StandardCharsets.US_ASCII))
        .isEqualTo("Row 2 File Offset 6 ErrorFile Offset 0 - HRESULT 0x80020005\r\n");
  }
}
