package dev.quern.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BACKUP DATABASE and RESTORE: every object and row comes back, under the same or a new name. */
class BackupRestoreTest {
  @TempDir Path dir;

  private static List<String> rows(EngineSession s, String sql) {
    return TestSessions.rows(s, sql);
  }

  private static List<Integer> errors(EngineSession s, String sql) {
    return TestSessions.run(s, sql).errors().stream().map(SqlMessage::number).toList();
  }

  private static void createShop(EngineSession s) {
    rows(s, "CREATE DATABASE shop");
    rows(s, "USE shop");
    rows(s, "CREATE TABLE customers (id int IDENTITY(1,1) PRIMARY KEY, name nvarchar(50) NOT NULL UNIQUE, "
        + "notes nvarchar(max) NULL)");
    rows(s, "CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers(id), "
        + "amount decimal(10,2) NOT NULL DEFAULT 0 CHECK (amount >= 0), doubled AS amount * 2, "
        + "kept AS amount + 1 PERSISTED, rv rowversion)");
    rows(s, "CREATE INDEX ix_orders_customer ON orders (customer_id) INCLUDE (amount)");
    rows(s, "CREATE TABLE audit (msg varchar(20))");
    rows(s, "CREATE SEQUENCE seq_orders START WITH 100");
    rows(s, "CREATE VIEW v_totals AS SELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id");
    rows(s, "CREATE PROCEDURE p_count AS SELECT COUNT(*) FROM orders");
    rows(s, "INSERT INTO customers (name, notes) VALUES (N'ann', REPLICATE(CAST(N'x' AS nvarchar(max)), 20000)), "
        + "(N'bob', NULL), (N'cy', N'short')");
    rows(s, "INSERT INTO orders (id, customer_id, amount) VALUES (NEXT VALUE FOR seq_orders, 1, 10.50), "
        + "(NEXT VALUE FOR seq_orders, 1, 2), (NEXT VALUE FOR seq_orders, 3, 7.25)");
    rows(s, "INSERT INTO audit VALUES ('one'), ('two')");
    rows(s, "EXEC sp_addextendedproperty 'MS_Description', N'the orders', 'SCHEMA', N'dbo', 'TABLE', N'orders'");
    rows(s, "CREATE EXTERNAL LIBRARY shoplib FROM (CONTENT = 0x504B0506) WITH (LANGUAGE = 'Python')");
    rows(s, "CREATE USER clerk WITHOUT LOGIN; CREATE ROLE readers; ALTER ROLE readers ADD MEMBER clerk; "
        + "GRANT SELECT ON dbo.orders TO readers");
    rows(s, "CREATE TABLE prices (id int PRIMARY KEY, price int, vf datetime2 GENERATED ALWAYS AS ROW START HIDDEN NOT NULL, "
        + "vt datetime2 GENERATED ALWAYS AS ROW END HIDDEN NOT NULL, PERIOD FOR SYSTEM_TIME (vf, vt)) "
        + "WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = dbo.prices_history))");
    rows(s, "INSERT INTO prices (id, price) VALUES (1, 10), (2, 20); UPDATE prices SET price = 11 WHERE id = 1");
    rows(s, "CREATE PARTITION FUNCTION pf_amount (int) AS RANGE RIGHT FOR VALUES (10, 100); "
        + "CREATE PARTITION SCHEME ps_amount AS PARTITION pf_amount ALL TO ([PRIMARY]); "
        + "CREATE TABLE ledger (id int NOT NULL, amount int NOT NULL, "
        + "CONSTRAINT pk_ledger PRIMARY KEY (id, amount)) ON ps_amount(amount); "
        + "INSERT INTO ledger VALUES (1, 5), (2, 50), (3, 500), (4, 501)");
  }

  /** Everything the shop database holds, as text, read in database {@code db}. */
  private static List<String> contents(EngineSession s, String db) {
    rows(s, "USE " + db);
    List<String> out = new ArrayList<>();
    out.addAll(rows(s, "SELECT id, name, LEN(notes) FROM customers ORDER BY id"));
    out.addAll(rows(s, "SELECT id, customer_id, amount, doubled, kept, CAST(rv AS bigint) FROM orders ORDER BY id"));
    out.addAll(rows(s, "SELECT customer_id, amount FROM orders WITH (INDEX(ix_orders_customer)) ORDER BY customer_id, amount"));
    out.addAll(rows(s, "SELECT msg FROM audit ORDER BY msg"));
    out.addAll(rows(s, "SELECT * FROM v_totals ORDER BY customer_id"));
    out.addAll(rows(s, "EXEC p_count"));
    out.addAll(rows(s, "SELECT o.name, o.type FROM sys.objects o WHERE o.is_ms_shipped = 0 ORDER BY o.name"));
    out.addAll(rows(s, "SELECT name FROM sys.indexes WHERE name IS NOT NULL ORDER BY name"));
    out.addAll(rows(s, "SELECT CAST(value AS nvarchar(50)) FROM sys.extended_properties"));
    out.addAll(rows(s, "SELECT IDENT_CURRENT('customers'), CAST(current_value AS int) FROM sys.sequences"));
    out.addAll(rows(s, "SELECT l.name, l.language, CONVERT(varchar(20), f.content, 1) FROM sys.external_libraries l "
        + "JOIN sys.external_library_files f ON f.external_library_id = l.external_library_id"));
    out.addAll(rows(s, "SELECT r.name, m.name FROM sys.database_role_members rm JOIN sys.database_principals r "
        + "ON r.principal_id = rm.role_principal_id JOIN sys.database_principals m "
        + "ON m.principal_id = rm.member_principal_id WHERE r.name = 'readers'"));
    out.addAll(rows(s, "SELECT permission_name, OBJECT_NAME(major_id), USER_NAME(grantee_principal_id) "
        + "FROM sys.database_permissions WHERE class = 1"));
    // The temporal table keeps its period, its history table and its history rows.
    out.addAll(rows(s, "SELECT name, temporal_type_desc, OBJECT_NAME(history_table_id) FROM sys.tables "
        + "WHERE temporal_type <> 0 ORDER BY name"));
    out.addAll(rows(s, "SELECT OBJECT_NAME(object_id), name FROM sys.periods"));
    out.addAll(rows(s, "SELECT id, price FROM prices FOR SYSTEM_TIME ALL ORDER BY id, price"));
    out.addAll(rows(s, "SELECT * FROM prices ORDER BY id"));
    // The partitioned table stays on its scheme, its rows counted per partition.
    out.addAll(rows(s, "SELECT f.name, f.fanout, s.name FROM sys.partition_functions f "
        + "JOIN sys.partition_schemes s ON s.function_id = f.function_id"));
    out.addAll(rows(s, "SELECT i.name, ds.name FROM sys.indexes i JOIN sys.data_spaces ds "
        + "ON ds.data_space_id = i.data_space_id WHERE i.object_id = OBJECT_ID('ledger')"));
    out.addAll(rows(s, "SELECT partition_number, rows FROM sys.partitions WHERE object_id = OBJECT_ID('ledger') "
        + "ORDER BY partition_number"));
    rows(s, "USE master");
    return out;
  }

  @Test
  void restoresEveryObjectAndRowUnderTheSameAndANewName() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      createShop(s);
      rows(s, "USE master");
      List<String> before = contents(s, "shop");
      assertThat(before).contains("1,ann,20000", "ix_orders_customer", "the orders", "3,102",
          "shoplib,Python,0x504B0506", "readers,clerk", "SELECT,orders,readers",
          "prices,SYSTEM_VERSIONED_TEMPORAL_TABLE,prices_history", "prices,SYSTEM_TIME", "1,10", "1,11",
          "pf_amount,3,ps_amount", "pk_ledger,ps_amount", "1,1", "2,1", "3,2");
      CollectingSink backup = TestSessions.run(s, "BACKUP DATABASE shop TO DISK = 'shop.bak' WITH INIT, STATS = 50");
      assertThat(backup.errors()).isEmpty();
      assertThat(backup.messages().stream().map(SqlMessage::number)).containsExactly(3211, 3211, 4035, 4035, 3014);
      assertThat(backup.messages().get(2).text()).matches("Processed \\d+ pages for database 'shop', file 'shop' on file 1.");
      assertThat(Files.exists(dir.resolve("backup/shop.bak"))).isTrue();

      rows(s, "USE shop");
      rows(s, "DELETE FROM orders WHERE id = 100");
      rows(s, "DROP VIEW v_totals");
      rows(s, "USE master");
      assertThat(rows(s, "SELECT COUNT(*) FROM shop.dbo.orders")).containsExactly("2");
      assertThat(errors(s, "RESTORE DATABASE shop FROM DISK = 'shop.bak'")).containsExactly(3159, 3013);
      rows(s, "RESTORE DATABASE shop FROM DISK = 'shop.bak' WITH REPLACE");
      assertThat(contents(s, "shop")).isEqualTo(before);

      rows(s, "RESTORE DATABASE shop_copy FROM DISK = 'shop.bak' WITH MOVE 'shop' TO '/nowhere/shop.mdf'");
      assertThat(contents(s, "shop_copy")).isEqualTo(before);
      rows(s, "USE shop_copy");
      // Counters continue, constraints hold, and the copy is its own database.
      rows(s, "INSERT INTO customers (name) VALUES (N'dee')");
      assertThat(rows(s, "SELECT MAX(id), NEXT VALUE FOR seq_orders FROM customers")).containsExactly("4,103");
      assertThat(errors(s, "INSERT INTO orders (id, customer_id, amount) VALUES (500, 99, 1)")).containsExactly(547);
      // @@DBTS continues past the restored rows' rowversions.
      assertThat(rows(s, "SELECT CASE WHEN CAST(@@DBTS AS bigint) >= MAX(CAST(rv AS bigint)) THEN 1 ELSE 0 END "
          + "FROM orders")).containsExactly("1");
      assertThat(errors(s, "INSERT INTO customers (name) VALUES (N'ann')")).containsExactly(2627);
      // The copy's temporal table still keeps history, into its own history table.
      rows(s, "UPDATE prices SET price = 21 WHERE id = 2");
      assertThat(rows(s, "SELECT price FROM prices_history WHERE id = 2")).containsExactly("20");
      assertThat(errors(s, "DROP TABLE prices")).containsExactly(13552);
      rows(s, "USE shop");
      assertThat(rows(s, "SELECT COUNT(*) FROM customers")).containsExactly("3");
      rows(s, "USE master");
      // A backup of shop over the existing shop_copy: another database's backup (3154).
      assertThat(errors(s, "RESTORE DATABASE shop_copy FROM DISK = 'shop.bak'")).containsExactly(3154, 3013);
      rows(s, "CREATE DATABASE other");
      assertThat(errors(s, "RESTORE DATABASE other FROM DISK = 'shop.bak'")).containsExactly(3154, 3013);
      assertThat(errors(s, "RESTORE DATABASE x FROM DISK = 'shop.bak' WITH FILE = 2")).containsExactly(4038, 3013);
    }
  }

  /** What change tracking keeps of database {@code db}: settings, tables, changes, version. */
  private static List<String> tracking(EngineSession s, String db) {
    rows(s, "USE " + db);
    List<String> out = new ArrayList<>();
    out.addAll(rows(s, "SELECT retention_period, retention_period_units_desc, is_auto_cleanup_on "
        + "FROM sys.change_tracking_databases WHERE database_id = DB_ID()"));
    out.addAll(rows(s, "SELECT OBJECT_NAME(object_id), is_track_columns_updated_on, begin_version, min_valid_version "
        + "FROM sys.change_tracking_tables"));
    out.addAll(rows(s, "SELECT c.id, c.SYS_CHANGE_OPERATION, c.SYS_CHANGE_VERSION, CAST(c.SYS_CHANGE_CONTEXT AS varchar(9)), "
        + "CHANGE_TRACKING_IS_COLUMN_IN_MASK(COLUMNPROPERTY(OBJECT_ID('items'), 'qty', 'ColumnId'), c.SYS_CHANGE_COLUMNS) "
        + "FROM CHANGETABLE(CHANGES items, 1) AS c ORDER BY c.id"));
    out.addAll(rows(s, "SELECT CHANGE_TRACKING_CURRENT_VERSION()"));
    rows(s, "USE master");
    return out;
  }

  /**
   * Once a full backup exists, BACKUP LOG and WITH DIFFERENTIAL are taken (LogBackupRestoreTest and
   * DifferentialBackupTest have the chains).
   */
  @Test
  void logAndDifferentialBackupsFollowAFullOne() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE chain");
      String file = dir.resolve("chain.bak").toString();
      assertThat(errors(s, "BACKUP LOG chain TO DISK = '" + dir.resolve("chain.trn") + "'")).containsExactly(4214, 3013);
      assertThat(errors(s, "BACKUP DATABASE chain TO DISK = '" + file + "'")).isEmpty();
      assertThat(errors(s, "BACKUP LOG chain TO DISK = '" + dir.resolve("chain.trn") + "'")).isEmpty();
      assertThat(errors(s, "BACKUP DATABASE chain TO DISK = '" + dir.resolve("chain.dif") + "' WITH DIFFERENTIAL"))
          .isEmpty();
      assertThat(Files.exists(dir.resolve("chain.trn"))).isTrue();
      assertThat(Files.exists(dir.resolve("chain.dif"))).isTrue();
    }
  }

  @Test
  void restoresChangeTrackingWithItsChangesAndVersion() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE sync");
      rows(s, "ALTER DATABASE sync SET CHANGE_TRACKING = ON (CHANGE_RETENTION = 5 DAYS)");
      rows(s, "USE sync");
      rows(s, "CREATE TABLE items (id int PRIMARY KEY, qty int, note varchar(10))");
      rows(s, "ALTER TABLE items ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS_UPDATED = ON)");
      rows(s, "INSERT INTO items VALUES (1, 1, 'a'), (2, 2, 'b'), (3, 3, 'c')");
      rows(s, "WITH CHANGE_TRACKING_CONTEXT (0x6F6E65) UPDATE items SET qty = 10 WHERE id = 1");
      rows(s, "DELETE FROM items WHERE id = 2");
      rows(s, "USE master");
      List<String> before = tracking(s, "sync");
      assertThat(before).containsExactly("5,DAYS,true", "items,true,0,0", "1,U,2,one,true", "2,D,3,null,true", "3");
      assertThat(TestSessions.run(s, "BACKUP DATABASE sync TO DISK = 'sync.bak' WITH INIT").errors()).isEmpty();
      rows(s, "RESTORE DATABASE sync_copy FROM DISK = 'sync.bak' WITH MOVE 'sync' TO '/nowhere/sync.mdf'");
      assertThat(tracking(s, "sync_copy")).isEqualTo(before);
      // The copy's versions continue after the restored ones.
      rows(s, "USE sync_copy");
      rows(s, "INSERT INTO items VALUES (4, 4, 'd')");
      assertThat(rows(s, "SELECT c.id, c.SYS_CHANGE_VERSION FROM CHANGETABLE(CHANGES items, 3) AS c"))
          .containsExactly("4,4");
      rows(s, "USE master");
    }
  }

  @Test
  void restoresXmlSchemaCollectionsWithTheirIdsSoTypedColumnsStillValidate() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE xsd");
      rows(s, "USE xsd");
      rows(s, "CREATE XML SCHEMA COLLECTION sc AS N'<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">"
          + "<xsd:element name=\"a\" type=\"xsd:int\"/></xsd:schema>'");
      rows(s, "ALTER XML SCHEMA COLLECTION sc ADD N'<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
          + "targetNamespace=\"urn:b\"><xsd:element name=\"b\" type=\"xsd:string\"/></xsd:schema>'");
      rows(s, "CREATE TABLE docs (id int PRIMARY KEY, body xml(DOCUMENT sc))");
      rows(s, "INSERT INTO docs VALUES (1, '<a>5</a>')");
      rows(s, "USE master");
      assertThat(TestSessions.run(s, "BACKUP DATABASE xsd TO DISK = 'xsd.bak' WITH INIT").errors()).isEmpty();
      rows(s, "RESTORE DATABASE xsd_copy FROM DISK = 'xsd.bak' WITH MOVE 'xsd' TO '/nowhere/xsd.mdf'");
      rows(s, "USE xsd_copy");
      assertThat(rows(s, "SELECT c.name, c.xml_collection_id, SCHEMA_NAME(c.schema_id), "
          + "(SELECT COUNT(*) FROM sys.xml_schema_namespaces n WHERE n.xml_collection_id = c.xml_collection_id) "
          + "FROM sys.xml_schema_collections c WHERE c.xml_collection_id > 1")).containsExactly("sc,65536,dbo,2");
      assertThat(rows(s, "SELECT xml_collection_id, is_xml_document FROM sys.columns WHERE name = 'body'"))
          .containsExactly("65536,true");
      assertThat(rows(s, "SELECT body.value('/a[1]', 'int') FROM docs")).containsExactly("5");
      assertThat(errors(s, "INSERT INTO docs VALUES (2, '<a>x</a>')")).containsExactly(6926);
      rows(s, "INSERT INTO docs VALUES (2, N'<b xmlns=\"urn:b\">x</b>')");
      assertThat(errors(s, "DROP XML SCHEMA COLLECTION sc")).containsExactly(6328);
      rows(s, "USE master");
    }
  }

  @Test
  void restoresColumnstoreIndexesWithTheirRowsAndOptions() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE dw");
      rows(s, "USE dw");
      rows(s, "CREATE TABLE fact (id int NOT NULL, qty int, INDEX cci CLUSTERED COLUMNSTORE ORDER (qty) "
          + "WITH (COMPRESSION_DELAY = 5, DATA_COMPRESSION = COLUMNSTORE_ARCHIVE))");
      rows(s, "CREATE TABLE dim (id int PRIMARY KEY, name varchar(10), INDEX ncci NONCLUSTERED COLUMNSTORE (id, name))");
      rows(s, "INSERT INTO fact VALUES (1, 10), (2, 20); INSERT INTO dim VALUES (1, 'a')");
      assertThat(TestSessions.run(s, "BACKUP DATABASE dw TO DISK = 'dw.bak' WITH INIT").errors()).isEmpty();
      rows(s, "USE master");
      rows(s, "RESTORE DATABASE dw_copy FROM DISK = 'dw.bak' WITH MOVE 'dw' TO '/nowhere/dw.mdf'");
      rows(s, "USE dw_copy");
      assertThat(rows(s, "SELECT i.name, i.type, i.compression_delay, p.data_compression, p.rows FROM sys.indexes i "
          + "JOIN sys.partitions p ON p.object_id = i.object_id AND p.index_id = i.index_id WHERE i.type IN (5, 6) "
          + "ORDER BY i.name"))
          .containsExactly("cci,5,5,4,2", "ncci,6,0,3,1");
      assertThat(rows(s, "SELECT SUM(qty) FROM fact")).containsExactly("30");
      assertThat(rows(s, "SELECT column_store_order_ordinal FROM sys.index_columns "
          + "WHERE object_id = OBJECT_ID('fact') ORDER BY column_id")).containsExactly("0", "1");
      rows(s, "USE master");
    }
  }

  @Test
  void appendsSetsListsThemAndRecordsHistory() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      createShop(s);
      rows(s, "USE master");
      rows(s, "BACKUP DATABASE shop TO DISK = 'sets.bak' WITH INIT, NAME = 'first'");
      rows(s, "BACKUP DATABASE shop TO DISK = 'sets.bak' WITH COMPRESSION, COPY_ONLY, DESCRIPTION = 'second one'");
      assertThat(rows(s, "RESTORE HEADERONLY FROM DISK = 'sets.bak'").stream()
          .map(r -> String.join(",", List.of(r.split(",")).subList(0, 6))).toList())
          .containsExactly("first,null,1,null,0,1", "null,second one,1,null,1,2");
      assertThat(rows(s, "RESTORE FILELISTONLY FROM DISK = 'sets.bak' WITH FILE = 2").stream()
          .map(r -> r.split(",")[0] + "," + r.split(",")[2]).toList()).containsExactly("shop,D", "shop_log,L");
      CollectingSink verify = TestSessions.run(s, "RESTORE VERIFYONLY FROM DISK = 'sets.bak' WITH FILE = 2");
      assertThat(verify.messages().getFirst().text()).isEqualTo("The backup set on file 2 is valid.");
      rows(s, "RESTORE DATABASE shop2 FROM DISK = 'sets.bak' WITH FILE = 2");
      assertThat(contents(s, "shop2")).isEqualTo(contents(s, "shop"));
      assertThat(rows(s, "SELECT database_name, type, position, is_copy_only, name FROM msdb.dbo.backupset "
          + "ORDER BY backup_set_id")).containsExactly("shop,D,1,false,first", "shop,D,2,true,null");
      rows(s, "USE msdb");
      assertThat(rows(s, "SELECT TOP (1) f.physical_device_name FROM backupset b JOIN dbo.backupmediafamily f "
          + "ON f.media_set_id = b.media_set_id ORDER BY b.backup_finish_date DESC")).containsExactly("sets.bak");
    }
  }

  @Test
  void recordsEachRestoreInRestoreHistoryAgainstItsBackupSet() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      createShop(s);
      rows(s, "USE master");
      rows(s, "BACKUP DATABASE shop TO DISK = 'history.bak' WITH INIT");
      assertThat(rows(s, "SELECT COUNT(*) FROM msdb.dbo.restorehistory")).containsExactly("0");
      rows(s, "RESTORE DATABASE shop_copy FROM DISK = 'history.bak'");
      rows(s, "RESTORE DATABASE shop_copy FROM DISK = 'history.bak' WITH REPLACE");
      // Both restores point at the set this server recorded when it took the backup.
      assertThat(rows(s, "SELECT h.destination_database_name, h.restore_type, h.replace, h.recovery, h.user_name, "
          + "b.database_name FROM msdb.dbo.restorehistory h JOIN msdb.dbo.backupset b "
          + "ON b.backup_set_id = h.backup_set_id ORDER BY h.restore_history_id"))
          .containsExactly("shop_copy,D,false,true,sa,shop", "shop_copy,D,true,true,sa,shop");
      assertThat(rows(s, "SELECT COUNT(*) FROM msdb.dbo.backupset")).containsExactly("1");
    }
  }

  @Test
  void aBackupOperatorMayBackUpButNotRestoreANewDatabase() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE ops; CREATE LOGIN op WITH PASSWORD = 'P@ssw0rd-1'; USE ops; "
          + "CREATE USER op FOR LOGIN op; USE master");
      rows(s, "EXECUTE AS LOGIN = 'op'");
      assertThat(errors(s, "BACKUP DATABASE ops TO DISK = 'ops.bak'")).containsExactly(262, 3013);
      rows(s, "REVERT");
      rows(s, "USE ops; ALTER ROLE db_backupoperator ADD MEMBER op; USE master");
      rows(s, "EXECUTE AS LOGIN = 'op'");
      assertThat(errors(s, "BACKUP DATABASE ops TO DISK = 'ops.bak'")).isEmpty();
      assertThat(errors(s, "RESTORE DATABASE ops2 FROM DISK = 'ops.bak'")).containsExactly(262, 3013);
      rows(s, "REVERT");
    }
  }

  @Test
  void aDatabaseAnotherSessionUsesIsNotReplaced() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      createShop(s);
      rows(s, "USE master");
      rows(s, "BACKUP DATABASE shop TO DISK = 'busy_shop.bak'");
      rows(other, "USE shop");
      assertThat(errors(s, "RESTORE DATABASE shop FROM DISK = 'busy_shop.bak' WITH REPLACE")).containsExactly(3101, 3013);
      rows(other, "USE master");
      rows(s, "RESTORE DATABASE shop FROM DISK = 'busy_shop.bak' WITH REPLACE");
      rows(other, "USE shop");
      assertThat(rows(other, "SELECT COUNT(*) FROM orders")).containsExactly("3");
    }
  }

  @Test
  void aDamagedFileIsRefused() throws Exception {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      createShop(s);
      rows(s, "USE master");
      rows(s, "BACKUP DATABASE shop TO DISK = 'damaged.bak' WITH INIT, CHECKSUM");
      Path file = dir.resolve("backup/damaged.bak");
      byte[] bytes = Files.readAllBytes(file);
      bytes[bytes.length / 2] ^= 0x20;
      Files.write(file, bytes);
      assertThat(errors(s, "RESTORE VERIFYONLY FROM DISK = 'damaged.bak'")).containsExactly(3189, 3013);
      assertThat(TestSessions.run(s, "RESTORE VERIFYONLY FROM DISK = 'damaged.bak'").errors().getLast().text())
          .isEqualTo("VERIFY DATABASE is terminating abnormally.");
      assertThat(errors(s, "RESTORE DATABASE broken FROM DISK = 'damaged.bak'")).containsExactly(3189, 3013);
      assertThat(rows(s, "SELECT COUNT(*) FROM sys.databases WHERE name = 'broken'")).containsExactly("0");
      // A failed REPLACE leaves the database it would have replaced as it was.
      assertThat(errors(s, "RESTORE DATABASE shop FROM DISK = 'damaged.bak' WITH REPLACE")).containsExactly(3189, 3013);
      assertThat(rows(s, "SELECT COUNT(*) FROM shop.dbo.orders")).containsExactly("3");
      Files.write(file, "not a backup".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      assertThat(errors(s, "RESTORE HEADERONLY FROM DISK = 'damaged.bak'")).containsExactly(3241, 3013);
      assertThat(errors(s, "RESTORE HEADERONLY FROM DISK = 'missing.bak'")).containsExactly(3201, 3013);
    }
  }

  @Test
  void disabledIndexesComeBackDisabledAndRebuildFromTheRestoredRows() {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE dis");
      rows(s, "USE dis");
      rows(s, "CREATE TABLE t (id int CONSTRAINT pk_t PRIMARY KEY, a int)");
      rows(s, "CREATE TABLE h (a int, b int)");
      rows(s, "CREATE INDEX ix_h ON h (b)");
      rows(s, "INSERT INTO t VALUES (1, 10), (2, 20)");
      rows(s, "INSERT INTO h VALUES (1, 5)");
      rows(s, "ALTER INDEX pk_t ON t DISABLE");
      rows(s, "ALTER INDEX ix_h ON h DISABLE");
      rows(s, "USE master");
      rows(s, "BACKUP DATABASE dis TO DISK = 'dis.bak'");
      rows(s, "RESTORE DATABASE dis_copy FROM DISK = 'dis.bak'");
      rows(s, "USE dis_copy");

      assertThat(rows(s, "SELECT name, is_disabled FROM sys.indexes WHERE name IN ('pk_t', 'ix_h') ORDER BY name"))
          .containsExactly("ix_h,true", "pk_t,true");
      assertThat(errors(s, "SELECT * FROM t")).containsExactly(8655);
      rows(s, "ALTER INDEX ALL ON t REBUILD");
      rows(s, "ALTER INDEX ix_h ON h REBUILD");
      assertThat(rows(s, "SELECT id, a FROM t ORDER BY id")).containsExactly("1,10", "2,20");
      assertThat(rows(s, "SELECT a FROM h WITH (INDEX(ix_h)) WHERE b = 5")).containsExactly("1");
    }
  }

  @Test
  void restoresAcrossARestart() {
    List<String> before;
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      createShop(s);
      rows(s, "USE master");
      before = contents(s, "shop");
      rows(s, "BACKUP DATABASE shop TO DISK = 'restart.bak'");
    }
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      rows(s, "RESTORE DATABASE shop_again FROM DISK = 'restart.bak'");
    }
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine)) {
      assertThat(contents(s, "shop_again")).isEqualTo(before);
      assertThat(rows(s, "SELECT COUNT(*) FROM msdb.dbo.backupset")).containsExactly("1");
    }
  }

  @Test
  void aBackupTakenWhileAnotherSessionWritesHoldsWholeTransactions() throws Exception {
    try (QuernEngine engine = QuernEngine.open(dir); EngineSession s = TestSessions.open(engine);
        EngineSession writer = TestSessions.open(engine)) {
      rows(s, "CREATE DATABASE busy");
      rows(s, "USE busy");
      rows(s, "CREATE TABLE pairs (id int IDENTITY PRIMARY KEY, pad varchar(100))");
      rows(s, "USE master");
      rows(writer, "USE busy");
      java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
      Thread t = Thread.ofVirtual().start(() -> {
        while (!stop.get()) {
          rows(writer, "BEGIN TRAN INSERT INTO pairs (pad) VALUES (REPLICATE('a', 100)) "
              + "INSERT INTO pairs (pad) VALUES (REPLICATE('b', 100)) COMMIT");
        }
      });
      try {
        Thread.sleep(200);
        for (int i = 0; i < 5; i++) {
          rows(s, "BACKUP DATABASE busy TO DISK = 'busy.bak' WITH INIT");
          rows(s, "RESTORE DATABASE busy_copy FROM DISK = 'busy.bak' WITH REPLACE");
          rows(s, "USE busy_copy");
          List<String> counts = rows(s, "SELECT COUNT(*), SUM(CASE WHEN pad LIKE 'a%' THEN 1 ELSE -1 END) FROM pairs");
          rows(s, "USE master");
          long count = Long.parseLong(counts.getFirst().split(",")[0]);
          assertThat(count % 2).isZero();
          assertThat(counts.getFirst().split(",")[1]).isIn("0", "null");
        }
      } finally {
        stop.set(true);
        t.join();
      }
    }
  }
}
