package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.hibernate.HibernateSetup;
import dev.quern.it.hibernate.LibraryModel;
import dev.quern.it.support.QuernServer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.dialect.SQLServerDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hibernate ORM's schema tools against Quern with its own SQLServerDialect: the dialect resolved
 * from DatabaseMetaData, {@code hbm2ddl.auto} create-drop, create, validate and update (which read
 * the schema back through mssql-jdbc's DatabaseMetaData and INFORMATION_SCHEMA.SEQUENCES), and a
 * default schema. What Hibernate created is checked with plain JDBC.
 */
class HibernateSchemaIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static String url(String database) throws SQLException {
    return HibernateSetup.database(SERVER.mssqlUrl("encrypt=false"), database);
  }

  @Test
  void resolvesSqlServerDialectAtTheServersVersion() throws SQLException {
    String url = url("hib_dialect");
    try (SessionFactory f = HibernateSetup.library(url, "none", Map.of());
        Connection c = DriverManager.getConnection(url)) {
      var dialect = f.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
      assertThat(dialect).isExactlyInstanceOf(SQLServerDialect.class);
      int major = Integer.parseInt(scalar(c, "SELECT CAST(SERVERPROPERTY('ProductVersion') AS varchar(20))").split("\\.")[0]);
      assertThat(dialect.getVersion().getMajor()).isEqualTo(major);
    }
  }

  @Test
  void createDropBuildsTheWholeSchemaAndDropsIt() throws SQLException {
    String url = url("hib_create_drop");
    try (Connection c = DriverManager.getConnection(url)) {
      try (SessionFactory f = HibernateSetup.library(url, "create-drop", Map.of())) {
        assertThat(column(c, "SELECT name FROM sys.tables ORDER BY name")).containsExactly(
            "Account", "author", "author_tag", "book", "book_genre", "Checking", "genre", "id_gen",
            "label", "Savings", "Vehicle");
        assertThat(column(c, "SELECT name FROM sys.sequences ORDER BY name")).containsExactly("Account_SEQ", "book_seq");
        assertThat(scalar(c, "SELECT CAST(increment AS varchar(10)) FROM sys.sequences WHERE name = 'book_seq'")).isEqualTo("5");
        assertThat(column(c, "SELECT OBJECT_NAME(object_id) + '.' + name FROM sys.identity_columns ORDER BY 1"))
            .containsExactly("author.id", "Vehicle.id");
        assertThat(column(c, "SELECT OBJECT_NAME(parent_object_id) + '->' + OBJECT_NAME(referenced_object_id)"
            + " FROM sys.foreign_keys")).containsExactlyInAnyOrder(
                "author_tag->author", "book->author", "book_genre->book", "book_genre->genre",
                "Checking->Account", "Savings->Account");
        // @NaturalId and unique=true become filtered unique indexes; @Index a plain one.
        assertThat(column(c, "SELECT OBJECT_NAME(object_id) + ':' + CAST(is_unique AS varchar(1))"
            + " + CAST(has_filter AS varchar(1)) FROM sys.indexes WHERE name LIKE 'UK%' OR name = 'ix_book_title'"))
            .containsExactlyInAnyOrder("author:11", "author_tag:11", "book:00", "genre:11");
        assertThat(column(c, "SELECT DATA_TYPE + ISNULL('(' + CAST(CHARACTER_MAXIMUM_LENGTH AS varchar(10)) + ')', '')"
            + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'book' AND COLUMN_NAME IN ('summary', 'cover',"
            + " 'offsetAt', 'updatedAt', 'price') ORDER BY COLUMN_NAME")).containsExactly(
                "varbinary(-1)", "datetimeoffset", "numeric", "varchar(-1)", "datetime2");
        assertThat(scalar(c, "SELECT CAST(gen_val AS varchar(10)) FROM id_gen WHERE gen_name = 'genre'")).isEqualTo("0");
      }
      assertThat(column(c, "SELECT name FROM sys.tables")).isEmpty();
      assertThat(column(c, "SELECT name FROM sys.sequences")).isEmpty();
    }
  }

  @Test
  void createTwiceReplacesTheSchemaWithoutErrors() throws SQLException {
    String url = url("hib_create_twice");
    Map<String, Object> halt = Map.of("hibernate.hbm2ddl.halt_on_error", "true");
    HibernateSetup.library(url, "create", Map.of()).close();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("INSERT INTO genre (id, name) VALUES (1, 'old')");
      // The second create drops foreign keys with DROP CONSTRAINT IF EXISTS, then the tables.
      HibernateSetup.library(url, "create", halt).close();
      assertThat(scalar(c, "SELECT CAST(COUNT(*) AS varchar(10)) FROM genre")).isEqualTo("0");
      assertThat(column(c, "SELECT name FROM sys.foreign_keys")).hasSize(6);
    }
  }

  @Test
  void validateAcceptsTheCreatedSchemaAndRejectsAMissingColumn() throws SQLException {
    String url = url("hib_validate");
    HibernateSetup.library(url, "create", Map.of()).close();
    HibernateSetup.library(url, "validate", Map.of()).close();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE label DROP COLUMN text");
    }
    assertThatThrownBy(() -> HibernateSetup.library(url, "validate", Map.of()).close())
        .isInstanceOf(SchemaManagementException.class)
        .hasMessageContaining("missing column [text] in table [label]");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP SEQUENCE book_seq");
    }
    HibernateSetup.library(url, "update", Map.of()).close();
    HibernateSetup.library(url, "validate", Map.of()).close();
  }

  @Test
  void updateAddsMissingTablesAndColumnsAndIsIdempotent() throws SQLException {
    String url = url("hib_update");
    Map<String, Object> halt = Map.of("hibernate.hbm2ddl.halt_on_error", "true");
    HibernateSetup.sessionFactory(url, "update", halt, List.of(ShelfV1.class)).close();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("INSERT INTO shelf (id, name) VALUES (1, 'a')");
      HibernateSetup.sessionFactory(url, "update", halt, List.of(ShelfV2.class, LibraryModel.Genre.class)).close();
      assertThat(column(c, "SELECT COLUMN_NAME + ':' + IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS"
          + " WHERE TABLE_NAME = 'shelf' ORDER BY ORDINAL_POSITION")).containsExactly("id:NO", "name:YES", "room:YES");
      assertThat(column(c, "SELECT name FROM sys.tables ORDER BY name")).containsExactly("genre", "id_gen", "shelf");
      assertThat(scalar(c, "SELECT name + '/' + ISNULL(room, 'null') FROM shelf")).isEqualTo("a/null");
      HibernateSetup.sessionFactory(url, "update", halt, List.of(ShelfV2.class, LibraryModel.Genre.class)).close();
      HibernateSetup.sessionFactory(url, "validate", halt, List.of(ShelfV2.class, LibraryModel.Genre.class)).close();
      assertThat(column(c, "SELECT name FROM sys.columns WHERE object_id = OBJECT_ID('shelf')")).hasSize(3);
      // The whole model on top, twice: the second update finds every foreign key, index and
      // sequence (sp_fkeys, sp_statistics, INFORMATION_SCHEMA.SEQUENCES) and adds nothing.
      HibernateSetup.library(url, "update", halt).close();
      List<String> objects = column(c, "SELECT name FROM sys.objects WHERE is_ms_shipped = 0 ORDER BY name");
      List<String> indexes = column(c, "SELECT name FROM sys.indexes WHERE name IS NOT NULL ORDER BY name");
      assertThat(column(c, "SELECT name FROM sys.foreign_keys")).hasSize(6);
      HibernateSetup.library(url, "update", halt).close();
      assertThat(column(c, "SELECT name FROM sys.objects WHERE is_ms_shipped = 0 ORDER BY name")).isEqualTo(objects);
      assertThat(column(c, "SELECT name FROM sys.indexes WHERE name IS NOT NULL ORDER BY name")).isEqualTo(indexes);
      HibernateSetup.library(url, "validate", halt).close();
    }
  }

  @Test
  void defaultSchemaPutsEveryObjectInThatSchema() throws SQLException {
    String url = url("hib_schema");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA lib");
      Map<String, Object> settings = Map.of("hibernate.default_schema", "lib");
      HibernateSetup.library(url, "create", settings).close();
      assertThat(column(c, "SELECT DISTINCT TABLE_SCHEMA FROM INFORMATION_SCHEMA.TABLES")).containsExactly("lib");
      assertThat(column(c, "SELECT SEQUENCE_SCHEMA + '.' + SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES ORDER BY 1"))
          .containsExactly("lib.Account_SEQ", "lib.book_seq");
      HibernateSetup.library(url, "validate", settings).close();
      HibernateSetup.library(url, "update", settings).close();
      assertThat(column(c, "SELECT name FROM sys.tables WHERE SCHEMA_NAME(schema_id) = 'dbo'")).isEmpty();
    }
  }

  @Test
  void validateFindsAnImmutableEntityMappedToAView() throws SQLException {
    String url = url("hib_view");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE shelf_row (id bigint NOT NULL PRIMARY KEY, name varchar(255) NULL, room varchar(20) NULL)");
      s.execute("INSERT INTO shelf_row VALUES (1, 'a', 'r1'), (2, 'b', NULL)");
      s.execute("CREATE VIEW shelf_room AS SELECT id, name, room FROM shelf_row WHERE room IS NOT NULL");
    }
    for (String types : List.of("", "VIEW")) {
      Map<String, Object> settings = types.isEmpty() ? Map.of() : Map.of("hibernate.hbm2ddl.extra_physical_table_types", types);
      try (SessionFactory f = HibernateSetup.sessionFactory(url, "validate", settings, List.of(ShelfRoom.class))) {
        assertThat(f.<List<String>>fromSession(s -> s.createQuery("select r.name from ShelfRoom r", String.class).getResultList()))
            .containsExactly("a");
      }
    }
    assertThatThrownBy(() -> HibernateSetup.sessionFactory(url, "validate", Map.of(), List.of(ShelfRoomMissing.class)).close())
        .isInstanceOf(SchemaManagementException.class)
        .hasMessageContaining("missing table [shelf_nowhere]");
  }

  /** A read-only entity over a view. */
  @Entity(name = "ShelfRoom")
  @org.hibernate.annotations.Immutable
  @Table(name = "shelf_room")
  public static class ShelfRoom {
    @Id public Long id;
    public String name;
    @Column(length = 20) public String room;
  }

  /** The same over a view that does not exist. */
  @Entity(name = "ShelfRoomMissing")
  @Table(name = "shelf_nowhere")
  public static class ShelfRoomMissing {
    @Id public Long id;
  }

  /** The first version of a table that {@link ShelfV2} later grows by a column. */
  @Entity(name = "Shelf")
  @Table(name = "shelf")
  public static class ShelfV1 {
    @Id public Long id;
    public String name;
  }

  /** The same table with one more column, for hbm2ddl update to add. */
  @Entity(name = "Shelf")
  @Table(name = "shelf")
  public static class ShelfV2 {
    @Id public Long id;
    public String name;
    @Column(length = 20) public String room;
  }

  static String scalar(Connection c, String sql) throws SQLException {
    List<String> values = column(c, sql);
    assertThat(values).hasSize(1);
    return values.getFirst();
  }

  static List<String> column(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
