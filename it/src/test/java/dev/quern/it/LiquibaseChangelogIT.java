package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import liquibase.CatalogAndSchema;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.output.DiffOutputControl;
import liquibase.diff.output.changelog.DiffToChangeLog;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.EmptyDatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Catalog;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Sequence;
import liquibase.structure.core.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liquibase (its own SQL Server support) against Quern through mssql-jdbc: update from XML and
 * YAML changelogs through every common change type, DATABASECHANGELOG and DATABASECHANGELOGLOCK,
 * status, rollback by count and to a tag, preconditions, and a snapshot of the database (read from
 * DatabaseMetaData and the catalog views) turned into a changelog that rebuilds the same schema.
 */
@SuppressWarnings("deprecation") // the Liquibase facade: the Java API its docs show for embedding
class LiquibaseChangelogIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final MigrationDatabases DATABASES = new MigrationDatabases(SERVER);

  private static Database database(String name) throws Exception {
    var connection = DriverManager.getConnection(DATABASES.url(name));
    return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
  }

  private static void run(String db, String changelog, ResourceAccessor resources, LiquibaseAction action) throws Exception {
    try (Database database = database(db)) {
      action.apply(new Liquibase(changelog, resources, database));
    }
  }

  private static void run(String db, String changelog, LiquibaseAction action) throws Exception {
    run(db, changelog, new ClassLoaderResourceAccessor(), action);
  }

  @FunctionalInterface
  private interface LiquibaseAction {
    void apply(Liquibase liquibase) throws Exception;
  }

  @Test
  void updateAppliesEveryChangeType() throws Exception {
    DATABASES.create("lb_update");

    run("lb_update", "liquibase/changelog.xml", lb -> lb.update(new Contexts(), new LabelExpression()));

    assertThat(DATABASES.rows("lb_update", "SELECT ID, EXECTYPE, TAG FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"))
        .containsExactly("1,EXECUTED,null", "2,EXECUTED,null", "3,EXECUTED,null", "4,EXECUTED,null",
            "5,EXECUTED,null", "6,EXECUTED,v1", "7,EXECUTED,null", "7b,EXECUTED,null", "8,EXECUTED,null");
    assertThat(DATABASES.rows("lb_update", "SELECT ID, CAST(LOCKED AS int) FROM DATABASECHANGELOGLOCK")).containsExactly("1,0");
    assertThat(DATABASES.rows("lb_update", "SELECT c.name, t.name, c.max_length, CAST(c.is_nullable AS int), "
        + "CAST(c.is_identity AS int), d.definition FROM sys.columns c JOIN sys.types t ON t.user_type_id = c.user_type_id "
        + "LEFT JOIN sys.default_constraints d ON d.object_id = c.default_object_id "
        + "WHERE c.object_id = OBJECT_ID('person') ORDER BY c.column_id")).containsExactly(
        "id,int,4,0,1,null", "first_name,nvarchar,100,0,0,null", "family_name,nvarchar,100,1,0,('unknown')",
        "active,bit,1,0,0,((1))", "created,datetime2,8,1,0,(sysutcdatetime())");
    assertThat(DATABASES.rows("lb_update", "SELECT c.name, t.name, c.max_length, d.definition FROM sys.columns c "
        + "JOIN sys.types t ON t.user_type_id = c.user_type_id "
        + "LEFT JOIN sys.default_constraints d ON d.object_id = c.default_object_id "
        + "WHERE c.object_id = OBJECT_ID('postal_address') ORDER BY c.column_id"))
        .containsExactly("id,bigint,8,null", "person_id,int,4,null", "city,varchar,120,null");
    assertThat(DATABASES.rows("lb_update", "SELECT name, OBJECT_NAME(referenced_object_id), delete_referential_action_desc "
        + "FROM sys.foreign_keys")).containsExactly("fk_address_person,person,CASCADE");
    assertThat(DATABASES.rows("lb_update", "SELECT i.name FROM sys.indexes i WHERE i.object_id = OBJECT_ID('postal_address') "
        + "AND i.is_primary_key = 0")).containsExactly("ix_address_city");
    assertThat(DATABASES.rows("lb_update", "SELECT name, CAST(start_value AS bigint), CAST(increment AS bigint) FROM sys.sequences"))
        .containsExactly("ticket_seq,100,5");
    // loadData's CSV rows, the view over them, the procedure, and the raw sql change.
    assertThat(DATABASES.rows("lb_update", "SELECT first_name, family_name FROM person ORDER BY id"))
        .containsExactly("Ada,Lovelace", "Grace,Hopper", "Alan,Turing");
    assertThat(DATABASES.rows("lb_update", "SELECT first_name FROM active_person ORDER BY id"))
        .containsExactly("Ada", "Grace", "Alan");
    assertThat(DATABASES.rows("lb_update", "SELECT name FROM sys.procedures")).containsExactly("count_people");
    assertThat(DATABASES.rows("lb_update", "SELECT p.first_name, a.city FROM postal_address a JOIN person p ON p.id = a.person_id"))
        .containsExactly("Grace,Lyon");

    run("lb_update", "liquibase/changelog.xml",
        lb -> assertThat(lb.listUnrunChangeSets(new Contexts(), new LabelExpression())).isEmpty());
  }

  @Test
  void rollsBackByCountAndToATagAndUpdatesAgain() throws Exception {
    DATABASES.create("lb_rollback");
    run("lb_rollback", "liquibase/changelog.xml", lb -> lb.update(new Contexts(), new LabelExpression()));

    run("lb_rollback", "liquibase/changelog.xml", lb -> lb.rollback(1, ""));

    assertThat(DATABASES.rows("lb_rollback", "SELECT name FROM sys.columns WHERE object_id = OBJECT_ID('person') "
        + "ORDER BY column_id")).containsExactly("id", "first_name", "family_name", "active", "created", "email");
    run("lb_rollback", "liquibase/changelog.xml", lb -> assertThat(lb.listUnrunChangeSets(new Contexts(), new LabelExpression()))
        .extracting(cs -> cs.getId()).containsExactly("8"));

    run("lb_rollback", "liquibase/changelog.xml", lb -> lb.rollback("v1", ""));

    assertThat(DATABASES.value("lb_rollback", "SELECT MAX(ID) FROM DATABASECHANGELOG")).isEqualTo("5");
    assertThat(DATABASES.rows("lb_rollback", "SELECT name FROM sys.tables WHERE name IN ('address', 'postal_address')"))
        .containsExactly("address");
    assertThat(DATABASES.rows("lb_rollback", "SELECT c.name, CAST(c.is_nullable AS int), d.definition FROM sys.columns c "
        + "LEFT JOIN sys.default_constraints d ON d.object_id = c.default_object_id "
        + "WHERE c.object_id = OBJECT_ID('person') AND c.name IN ('last_name', 'active') ORDER BY c.column_id"))
        .containsExactly("last_name,1,null", "active,1,((1))");
    assertThat(DATABASES.rows("lb_rollback", "SELECT d.definition FROM sys.default_constraints d "
        + "WHERE d.parent_object_id = OBJECT_ID('address')")).containsExactly("('Paris')");

    run("lb_rollback", "liquibase/changelog.xml", lb -> lb.update(new Contexts(), new LabelExpression()));

    assertThat(DATABASES.value("lb_rollback", "SELECT COUNT(*) FROM DATABASECHANGELOG")).isEqualTo("9");
    assertThat(DATABASES.rows("lb_rollback", "SELECT name FROM sys.tables WHERE name IN ('address', 'postal_address')"))
        .containsExactly("postal_address");
  }

  @Test
  void preconditionsChooseWhatRunsAndHaltStopsTheUpdate() throws Exception {
    DATABASES.create("lb_preconditions");

    run("lb_preconditions", "liquibase/changelog.yaml", lb -> lb.update(new Contexts(), new LabelExpression()));

    assertThat(DATABASES.rows("lb_preconditions", "SELECT ID, EXECTYPE FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"))
        .containsExactly("y1,EXECUTED", "y2,EXECUTED", "y3,MARK_RAN", "y4,EXECUTED", "y5,MARK_RAN");
    assertThat(DATABASES.rows("lb_preconditions", "SELECT id, name, price, color FROM gadget"))
        .containsExactly("1,sprocket,2.50,null");

    assertThatThrownBy(() -> run("lb_preconditions", "liquibase/halt.yaml", lb -> lb.update(new Contexts(), new LabelExpression())))
        .hasStackTraceContaining("Preconditions Failed");
    assertThat(DATABASES.rows("lb_preconditions", "SELECT name FROM sys.tables WHERE name = 'never_created'")).isEmpty();
  }

  @Test
  void snapshotGeneratesAChangelogThatRebuildsTheSchema(@TempDir Path dir) throws Exception {
    DATABASES.create("lb_source");
    run("lb_source", "liquibase/changelog.xml", lb -> lb.update(new Contexts(), new LabelExpression()));

    String changelog;
    try (Database source = database("lb_source")) {
      DatabaseSnapshot snapshot = snapshot(source);
      Table person = table(snapshot, "person");
      assertThat(person.getPrimaryKey().getName()).isEqualTo("pk_person");
      assertThat(person.getColumns()).extracting(Column::getName)
          .containsExactly("id", "first_name", "family_name", "active", "created");
      assertThat(person.getColumn("id").isAutoIncrement()).isTrue();
      assertThat(person.getColumn("first_name").isNullable()).isFalse();
      assertThat(person.getColumn("first_name").getType().toString()).isEqualTo("nvarchar(50)");
      Table address = table(snapshot, "postal_address");
      ForeignKey fk = address.getOutgoingForeignKeys().getFirst();
      assertThat(fk.getName()).isEqualTo("fk_address_person");
      assertThat(fk.getPrimaryKeyTable().getName()).isEqualTo("person");
      assertThat(fk.getDeleteRule()).isEqualTo(liquibase.structure.core.ForeignKeyConstraintType.importedKeyCascade);
      assertThat(address.getIndexes()).extracting(i -> i.getName()).contains("ix_address_city");
      assertThat(snapshot.get(Sequence.class)).extracting(s -> s.getName() + ":" + s.getStartValue() + ":" + s.getIncrementBy())
          .containsExactly("ticket_seq:100:5");

      var diff = DiffGeneratorFactory.getInstance().compare(snapshot, new EmptyDatabaseSnapshot(source), CompareControl.STANDARD);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DiffToChangeLog(diff, new DiffOutputControl(false, false, false, null))
          .print(new PrintStream(out, true, StandardCharsets.UTF_8));
      changelog = out.toString(StandardCharsets.UTF_8);
    }
    assertThat(changelog).contains("tableName=\"person\"", "tableName=\"postal_address\"",
        "constraintName=\"fk_address_person\"", "onDelete=\"CASCADE\"", "indexName=\"ix_address_city\"",
        "sequenceName=\"ticket_seq\"", "viewName=\"active_person\"");
    Files.writeString(dir.resolve("generated.xml"), changelog);

    DATABASES.create("lb_copy");
    run("lb_copy", "generated.xml", new DirectoryResourceAccessor(dir), lb -> lb.update(new Contexts(), new LabelExpression()));

    String shape = "SELECT o.name + '.' + c.name + ':' + t.name + ':' + CAST(c.max_length AS varchar(9)) + ':' "
        + "+ CAST(c.is_nullable AS varchar(1)) + ':' + CAST(c.is_identity AS varchar(1)) FROM sys.columns c "
        + "JOIN sys.objects o ON o.object_id = c.object_id JOIN sys.types t ON t.user_type_id = c.user_type_id "
        + "WHERE o.name IN ('person', 'postal_address', 'active_person') ORDER BY o.name, c.column_id";
    assertThat(DATABASES.rows("lb_copy", shape)).isEqualTo(DATABASES.rows("lb_source", shape)).isNotEmpty();
    String keys = "SELECT OBJECT_NAME(parent_object_id) + ':' + name + ':' + type FROM sys.objects "
        + "WHERE type IN ('PK', 'F') ORDER BY 1";
    assertThat(DATABASES.rows("lb_copy", keys)).isEqualTo(DATABASES.rows("lb_source", keys));

    // Liquibase's diff of the two databases finds nothing but their names. Both connections keep
    // their transactions open (Liquibase turns autocommit off) and mssql-jdbc's foreign key
    // metadata declares a table variable in each: neither waits for the other.
    try (Database source = database("lb_source")) {
      DatabaseSnapshot before = snapshot(source);
      try (Database copy = database("lb_copy")) {
        DiffResult diff = DiffGeneratorFactory.getInstance().compare(before, snapshot(copy), CompareControl.STANDARD);
        assertThat(diff.getMissingObjects()).isEmpty();
        assertThat(diff.getUnexpectedObjects()).isEmpty();
        assertThat(diff.getChangedObjects().keySet()).allMatch(o -> o instanceof Catalog);
      }
    }
  }

  private static DatabaseSnapshot snapshot(Database database) throws Exception {
    return SnapshotGeneratorFactory.getInstance().createSnapshot(CatalogAndSchema.DEFAULT, database, new SnapshotControl(database));
  }

  private static Table table(DatabaseSnapshot snapshot, String name) {
    List<Table> tables = snapshot.get(Table.class).stream().filter(t -> t.getName().equals(name)).toList();
    assertThat(tables).hasSize(1);
    return tables.getFirst();
  }

  static {
    // Liquibase asks before it sends usage analytics; tests never should.
    System.setProperty("liquibase.analytics.enabled", "false");
  }
}
