package dev.quern.engine.store;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.rocks.RocksKvStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The engine's two stores: the durable main store (every database but tempdb) and the tempdb
 * store (WAL off, emptied at every start). Bootstraps the system databases and their schemas.
 */
public final class Storage implements AutoCloseable {
  /** SQL Server's system databases, created first and in this order so they get ids 1–4. */
  public static final List<String> SYSTEM_DATABASES = List.of("master", "tempdb", "model", "msdb");

  /** The schemas every database starts with. */
  public static final List<String> STANDARD_SCHEMAS = List.of("dbo", "guest", "INFORMATION_SCHEMA", "sys");

  public static final int TEMPDB_ID = 2;

  private final RocksKvStore mainStore;
  private final RocksKvStore tempStore;
  private final Catalog main;
  private final Catalog temp;
  private final Path deleteOnClose;
  private final Path dataDir;
  /** Read or made at the first need, not at start: most servers never use the hierarchy. */
  private volatile dev.quern.engine.crypto.ServiceMasterKey serviceMasterKey;

  private Storage(Path dataDir, Path deleteOnClose) {
    this.dataDir = dataDir;
    this.mainStore = RocksKvStore.open(dataDir.resolve("data"));
    this.tempStore = RocksKvStore.openTemp(dataDir.resolve("tempdb"));
    this.main = Catalog.open(mainStore);
    this.temp = Catalog.openTemporary(tempStore);
    this.deleteOnClose = deleteOnClose;
    bootstrap();
  }

  /** The server's service master key (in this data directory, see {@link dev.quern.engine.crypto.ServiceMasterKey}). */
  public dev.quern.engine.crypto.ServiceMasterKey serviceMasterKey() {
    var k = serviceMasterKey;
    if (k == null) {
      synchronized (this) {
        k = serviceMasterKey;
        if (k == null) {
          k = dev.quern.engine.crypto.ServiceMasterKey.open(dataDir);
          serviceMasterKey = k;
        }
      }
    }
    return k;
  }

  /**
   * Where BACKUP and RESTORE resolve a relative DISK path (SQL Server's default backup directory):
   * {@code backup/} under the data directory.
   */
  public Path backupDirectory() {
    return dataDir.resolve("backup");
  }

  /**
   * The server's log directory, {@code log/} under the data directory (SQL Server's
   * MSSQL\Log, /var/opt/mssql/log on Linux): where SQL Server Agent writes job step output files
   * named without a directory, what sys.dm_os_server_diagnostics_log_configurations and the
   * SQLLOGDIR token show. Made when first asked for, as SQL Server's setup makes it.
   */
  public Path logDirectory() {
    Path log = dataDir.resolve("log").toAbsolutePath();
    try {
      Files.createDirectories(log);
    } catch (IOException e) {
      // A directory that cannot be made is still the one reported; writing into it fails then.
    }
    return log;
  }

  /** The data directory itself (SQL Server's instance directory, the SQLDIR agent token). */
  public Path dataDirectory() {
    return dataDir.toAbsolutePath();
  }

  /**
   * The directory of the store holding database {@code databaseId} (tempdb's, or the one shared
   * by every other database), for sys.database_files.
   */
  public Path directory(int databaseId) {
    return dataDir.resolve(databaseId == TEMPDB_ID ? "tempdb" : "data");
  }

  /**
   * The bytes of the write-ahead log files (RocksDB's *.log) of the store holding {@code
   * databaseId}, as they are on disk now; 0 when they cannot be listed.
   */
  public long logBytes(int databaseId) {
    return bytes(databaseId, ".log");
  }

  /**
   * The file I/O of the store holding {@code databaseId} since it opened (sys.dm_io_virtual_file_stats):
   * every database but tempdb shares one store, so they share its counters.
   */
  public dev.quern.catalog.kv.KvIoStats ioStats(int databaseId) {
    return (databaseId == TEMPDB_ID ? tempStore : mainStore).ioStats();
  }

  /**
   * The disk and memory use of the store holding {@code databaseId} (every database but tempdb
   * shares one store).
   */
  public dev.quern.catalog.kv.KvSpace space(int databaseId) {
    return (databaseId == TEMPDB_ID ? tempStore : mainStore).space();
  }

  /**
   * The first damaged block in the table files of the store holding {@code databaseId}, as the
   * store describes it, or empty (DBCC CHECKALLOC; every database but tempdb shares one store).
   */
  public java.util.Optional<String> verifyFiles(int databaseId) {
    return (databaseId == TEMPDB_ID ? tempStore : mainStore).verifyFiles();
  }

  private static final long FILE_PAGE_BYTES = 8192;

  /** {@code bytes} of a file in SQL Server's 8 KB pages (sys.database_files' size), rounded up. */
  public static long pages(long bytes) {
    return (bytes + FILE_PAGE_BYTES - 1) / FILE_PAGE_BYTES;
  }

  /** The bytes of the table files (RocksDB's *.sst) of the store holding {@code databaseId}. */
  public long dataBytes(int databaseId) {
    return bytes(databaseId, ".sst");
  }

  private long bytes(int databaseId, String suffix) {
    try (java.util.stream.Stream<Path> files = Files.list(directory(databaseId))) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0; // a log file the store removed while listing
        }
      }).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Opens (or creates) the stores under {@code dataDir}. */
  public static Storage open(Path dataDir) {
    return new Storage(dataDir, null);
  }

  /** Stores in a fresh temporary directory, deleted on close (tests, {@code inMemory}). */
  public static Storage temporary() {
    try {
      Path dir = Files.createTempDirectory("quern-");
      return new Storage(dir, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The catalog holding database {@code databaseId}. */
  public Catalog catalog(int databaseId) {
    return databaseId == TEMPDB_ID ? temp : main;
  }

  public Catalog main() {
    return main;
  }

  /** The databases, as committed now (sys.databases, USE, DB_ID). */
  public List<Database> databases() {
    try (KvTxn txn = mainStore.begin(KvTxnOptions.DEFAULT)) {
      return main.metadata(txn).databases();
    }
  }

  private void bootstrap() {
    try (KvTxn txn = mainStore.begin(KvTxnOptions.DEFAULT)) {
      if (main.metadata(txn).database("master").isEmpty()) {
        for (String name : SYSTEM_DATABASES) {
          createDatabase(main, txn, new Database(main.newDatabaseId(), name, Database.DEFAULT_COLLATION));
        }
        txn.commit();
      }
    }
    try (KvTxn txn = tempStore.begin(KvTxnOptions.DEFAULT)) {
      Metadata md = temp.metadata(txn);
      if (md.database(TEMPDB_ID).isEmpty()) {
        createDatabase(temp, txn, new Database(TEMPDB_ID, "tempdb", Database.DEFAULT_COLLATION));
        txn.commit();
      }
    }
  }

  /** Creates a database record with the standard schemas, in {@code txn}. */
  public static void createDatabase(Catalog catalog, KvTxn txn, Database db) {
    catalog.createDatabase(txn, db);
    for (String schema : STANDARD_SCHEMAS) {
      catalog.createSchema(txn, new Schema(catalog.newObjectId(), db.id(), schema));
    }
  }

  @Override
  public void close() {
    main.close();
    mainStore.close();
    temp.close();
    tempStore.close();
    if (deleteOnClose != null) {
      try (Stream<Path> walk = Files.walk(deleteOnClose)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A leftover temporary directory is harmless.
      }
    }
  }
}
