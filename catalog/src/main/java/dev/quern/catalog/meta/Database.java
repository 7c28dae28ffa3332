package dev.quern.catalog.meta;

import java.util.Map;
import java.util.TreeMap;

/**
 * A database (sys.databases): its id, name, default collation, and the options ALTER DATABASE …
 * SET has changed from their defaults (option name → value, both upper case, e.g. RECOVERY →
 * SIMPLE, COMPATIBILITY_LEVEL → 150). CREATE DATABASE also records when it made the database
 * under {@link #CREATE_DATE} (local time, ISO-8601), which no ALTER DATABASE option can set.
 */
public record Database(int id, String name, String collation, Map<String, String> options) {
  public static final String DEFAULT_COLLATION = "SQL_Latin1_General_CP1_CI_AS";

  /** The key of the creation time among the options (sys.databases.create_date). */
  public static final String CREATE_DATE = "CREATE_DATE";

  /**
   * The key of the end of the last DBCC CHECKDB that found no error (local time, ISO-8601), which
   * DBCC DBINFO shows as dbi_dbccLastKnownGood; no ALTER DATABASE option can set it either.
   */
  public static final String DBCC_LAST_KNOWN_GOOD = "DBCC_LAST_KNOWN_GOOD";

  /**
   * The key set (to ON) while the database is RESTORING (RESTORE … WITH NORECOVERY, BACKUP LOG … WITH
   * NORECOVERY): no ALTER DATABASE option can set it; RESTORE … WITH RECOVERY removes it.
   */
  public static final String RESTORING = "RESTORING";

  /**
   * The key set (to ON) once the database has a transaction log state (its first full backup,
   * {@link TransactionLog}): only then is that state read from the store. No ALTER DATABASE option
   * can set it.
   */
  public static final String TRANSACTION_LOG = "TRANSACTION_LOG";

  public Database {
    options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
  }

  /** A database with every option at its default. */
  public Database(int id, String name, String collation) {
    this(id, name, collation, Map.of());
  }

  /** The option's value, or {@code otherwise} when ALTER DATABASE never set it. */
  public String option(String name, String otherwise) {
    return options.getOrDefault(name, otherwise);
  }

  /**
   * The recovery model: as ALTER DATABASE … SET RECOVERY set it, else SQL Server's default, SIMPLE
   * for master, msdb and tempdb and FULL for model and the databases created from it.
   */
  public String recoveryModel() {
    return recoveryModel(name, options);
  }

  /** {@link #recoveryModel()} of a database named {@code name} with {@code options} set. */
  public static String recoveryModel(String name, Map<String, String> options) {
    String set = options.get("RECOVERY");
    if (set != null) {
      return set;
    }
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "master", "msdb", "tempdb" -> "SIMPLE";
      default -> "FULL";
    };
  }

  /** This database with {@code name} as its default collation (ALTER DATABASE … COLLATE). */
  public Database withCollation(String name) {
    return new Database(id, this.name, name, options);
  }

  /** Whether the database is RESTORING (see {@link #RESTORING}). */
  public boolean restoring() {
    return options.containsKey(RESTORING);
  }

  /** This database without option {@code name}. */
  public Database without(String name) {
    Map<String, String> all = new TreeMap<>(options);
    all.remove(name);
    return new Database(id, this.name, collation, all);
  }

  /** This database with {@code changed} options set. */
  public Database withOptions(Map<String, String> changed) {
    Map<String, String> all = new TreeMap<>(options);
    all.putAll(changed);
    return new Database(id, name, collation, all);
  }
}
