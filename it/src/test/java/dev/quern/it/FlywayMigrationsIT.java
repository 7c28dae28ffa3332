package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway (with its own SQL Server support, flyway-sqlserver) against Quern through mssql-jdbc, as a
 * team runs it: SQL migrations in GO-separated batches creating every kind of object, the schema
 * history table and its sp_getapplock lock, info, validate and repair, a baseline over an existing
 * schema, placeholders, an afterMigrate callback, two schemas, and clean, which must find and drop
 * every object through the catalog views so that migrate runs again from nothing.
 */
class FlywayMigrationsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final MigrationDatabases DATABASES = new MigrationDatabases(SERVER);

  private static FluentConfiguration flyway(String url, String location) {
    return Flyway.configure().dataSource(url, "sa", SERVER.saPassword()).locations(location)
        .placeholders(Map.of("marker", "7")).cleanDisabled(false);
  }

  @Test
  void migrateCreatesEveryObjectKindAndRecordsHistory() throws SQLException {
    String url = DATABASES.create("fw_objects");
    Flyway flyway = flyway(url, "classpath:flyway/objects").load();

    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(3);

    assertThat(DATABASES.rows("fw_objects", "SELECT installed_rank, version, description, type, script, CAST(success AS int) "
        + "FROM flyway_schema_history ORDER BY installed_rank")).containsExactly(
        "1,1,init,SQL,V1__init.sql,1", "2,2,objects,SQL,V2__objects.sql,1",
        "3,null,customer names,SQL,R__customer_names.sql,1");
    assertThat(DATABASES.rows("fw_objects", "SELECT name, RTRIM(type) FROM sys.objects WHERE is_ms_shipped = 0 "
        + "AND type IN ('U', 'V', 'P', 'FN', 'IF', 'TR', 'SO', 'SN') AND name <> 'flyway_schema_history' ORDER BY name"))
        .containsExactly("add_order,P", "audit_log,U", "clients,SN", "contact,U", "customer,U",
            "customer_names,V", "customer_totals,V", "invoice_seq,SO", "migrate_marker,U", "order_count,FN",
            "orders,U", "orders_of,IF", "trg_orders_insert,TR");
    assertThat(DATABASES.rows("fw_objects", "SELECT name, CAST(is_table_type AS int) FROM sys.types WHERE is_user_defined = 1 ORDER BY name"))
        .containsExactly("id_list,1", "phone_number,0");
    assertThat(DATABASES.rows("fw_objects", "SELECT name, CAST(is_computed AS int) FROM sys.columns "
        + "WHERE object_id = OBJECT_ID('customer') ORDER BY column_id"))
        .containsExactly("id,0", "name,0", "email,0", "created,0", "name_len,1");
    // The data, the procedure the migration ran, the trigger it fired and the callback's placeholder.
    assertThat(DATABASES.rows("fw_objects", "SELECT name, total FROM customer_totals ORDER BY id"))
        .containsExactly("Ada,13.75", "Bob,8.00");
    assertThat(DATABASES.rows("fw_objects", "SELECT message FROM audit_log")).containsExactly("order 4");
    assertThat(DATABASES.value("fw_objects", "SELECT dbo.order_count(1)")).isEqualTo("2");
    assertThat(DATABASES.value("fw_objects", "SELECT NEXT VALUE FOR invoice_seq")).isEqualTo("1000");
    assertThat(DATABASES.rows("fw_objects", "SELECT n FROM migrate_marker")).containsExactly("7");

    assertThat(flyway.info().all()).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    assertThat(flyway.migrate().migrationsExecuted).isZero();
  }

  @Test
  void cleanDropsEveryObjectAndMigrateRunsAgain() throws SQLException {
    String url = DATABASES.create("fw_clean");
    Flyway flyway = flyway(url, "classpath:flyway/objects").load();
    flyway.migrate();

    assertThat(flyway.clean().schemasCleaned).containsExactly("dbo");

    assertThat(DATABASES.rows("fw_clean", "SELECT name, type FROM sys.objects WHERE is_ms_shipped = 0")).isEmpty();
    assertThat(DATABASES.rows("fw_clean", "SELECT name FROM sys.types WHERE is_user_defined = 1")).isEmpty();
    assertThat(flyway.info().applied()).isEmpty();
    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(3);
    assertThat(DATABASES.value("fw_clean", "SELECT COUNT(*) FROM customer")).isEqualTo("2");
  }

  @Test
  void cleanTakesApartObjectsThatDependOnEachOther() throws SQLException {
    String url = DATABASES.create("fw_dependencies");
    Flyway flyway = flyway(url, "classpath:flyway/dependencies").load();
    flyway.migrate();
    assertThat(DATABASES.rows("fw_dependencies", "SELECT COUNT(*) FROM sys.objects WHERE is_ms_shipped = 0 "
        + "AND type IN ('U', 'V', 'P', 'FN', 'TF', 'F')")).containsExactly("14");
    assertThat(DATABASES.rows("fw_dependencies", "SELECT name FROM sys.triggers WHERE parent_class = 0"))
        .containsExactly("trg_ddl");
    assertThat(DATABASES.rows("fw_dependencies", "SELECT OBJECT_NAME(history_table_id) FROM sys.tables "
        + "WHERE name = 'temporal_t'")).containsExactly("temporal_t_history");

    flyway.clean();

    assertThat(DATABASES.rows("fw_dependencies", "SELECT name, type FROM sys.objects WHERE is_ms_shipped = 0")).isEmpty();
    assertThat(DATABASES.rows("fw_dependencies", "SELECT name FROM sys.triggers")).isEmpty();
    assertThat(DATABASES.rows("fw_dependencies", "SELECT name FROM sys.types WHERE is_user_defined = 1")).isEmpty();
    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
  }

  @Test
  void migratesTwoSchemasAndCleanDropsTheSchemasItCreated() throws SQLException {
    String url = DATABASES.create("fw_schemas");
    Flyway flyway = flyway(url, "classpath:flyway/schemas").schemas("sales", "billing").createSchemas(true)
        .placeholders(Map.of("sales", "sales", "billing", "billing")).load();

    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(2);

    assertThat(DATABASES.rows("fw_schemas", "SELECT s.name + '.' + o.name FROM sys.objects o "
        + "JOIN sys.schemas s ON s.schema_id = o.schema_id WHERE o.type IN ('U', 'V') ORDER BY 1")).containsExactly(
        "billing.doc", "billing.event", "billing.invoice_line", "billing.invoice_totals",
        "sales.flyway_schema_history", "sales.invoice");
    assertThat(DATABASES.rows("fw_schemas", "SELECT invoice_id, total FROM billing.invoice_totals"))
        .containsExactly("1,12.5000");
    assertThat(DATABASES.rows("fw_schemas", "SELECT name FROM sys.partition_schemes")).containsExactly("ps_year");

    flyway.clean();

    assertThat(DATABASES.rows("fw_schemas", "SELECT name FROM sys.schemas WHERE name IN ('sales', 'billing')")).isEmpty();
    assertThat(DATABASES.rows("fw_schemas", "SELECT name FROM sys.objects WHERE is_ms_shipped = 0")).isEmpty();
    assertThat(DATABASES.rows("fw_schemas", "SELECT name FROM sys.partition_schemes")).isEmpty();
    assertThat(DATABASES.rows("fw_schemas", "SELECT name FROM sys.partition_functions")).isEmpty();
    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(2);
  }

  @Test
  void baselinesAnExistingSchemaAndAppliesOnlyLaterVersions() throws SQLException {
    String url = DATABASES.create("fw_baseline");
    try (var c = DATABASES.connect("fw_baseline"); var s = c.createStatement()) {
      s.execute("CREATE TABLE legacy (id INT NOT NULL PRIMARY KEY, name NVARCHAR(50) NOT NULL)");
      s.execute("INSERT INTO legacy VALUES (1, N'kept')");
    }
    Flyway flyway = flyway(url, "classpath:flyway/baseline").baselineOnMigrate(true).baselineVersion("1").load();

    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);

    assertThat(DATABASES.rows("fw_baseline", "SELECT version, type, CAST(success AS int) FROM flyway_schema_history ORDER BY installed_rank"))
        .containsExactly("1,BASELINE,1", "2,SQL,1");
    assertThat(DATABASES.rows("fw_baseline", "SELECT id, name, note FROM legacy")).containsExactly("1,kept,migrated");
  }

  @Test
  void validateFailsOnAChangedMigrationAndRepairRealignsTheChecksum(@TempDir Path dir) throws IOException, SQLException {
    copy("flyway/baseline", dir, List.of("V1__legacy.sql", "V2__legacy_note.sql"));
    String url = DATABASES.create("fw_validate");
    Flyway flyway = flyway(url, "filesystem:" + dir).load();
    flyway.migrate();
    String before = DATABASES.value("fw_validate", "SELECT checksum FROM flyway_schema_history WHERE version = '2'");

    Files.writeString(dir.resolve("V2__legacy_note.sql"), "\n-- reviewed\n", java.nio.file.StandardOpenOption.APPEND);

    ValidateResult result = flyway.validateWithResult();
    assertThat(result.validationSuccessful).isFalse();
    assertThat(result.getAllErrorMessages()).contains("checksum mismatch");
    assertThatThrownBy(flyway::migrate).hasMessageContaining("checksum mismatch");

    flyway.repair();

    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    assertThat(DATABASES.value("fw_validate", "SELECT checksum FROM flyway_schema_history WHERE version = '2'"))
        .isNotEqualTo(before);
  }

  /** Two migrations at once: Flyway's sp_getapplock lock lets one apply, the other finds it done. */
  @Test
  void concurrentMigratesApplyEachVersionOnce() throws Exception {
    String url = DATABASES.create("fw_lock");
    DATABASES.rows("fw_lock", "SELECT 1"); // the database is ready before both start
    // Without the afterMigrate callback, whose IF OBJECT_ID … CREATE TABLE would race with itself.
    Callable<Integer> migrate = () ->
        flyway(url, "classpath:flyway/objects").skipDefaultCallbacks(true).load().migrate().migrationsExecuted;
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      Future<Integer> first = pool.submit(migrate);
      Future<Integer> second = pool.submit(migrate);
      assertThat(first.get() + second.get()).isEqualTo(3);
    }
    assertThat(DATABASES.rows("fw_lock", "SELECT script FROM flyway_schema_history ORDER BY installed_rank"))
        .containsExactly("V1__init.sql", "V2__objects.sql", "R__customer_names.sql");
  }

  private static void copy(String resourceDir, Path to, List<String> names) throws IOException {
    for (String name : names) {
      try (InputStream in = FlywayMigrationsIT.class.getClassLoader().getResourceAsStream(resourceDir + "/" + name)) {
        Files.copy(in, to.resolve(name));
      }
    }
  }
}
