package dev.quern.engine.func;

/**
 * The SQL Server version Quern reports (SQL Server 2022 RTM, 16.0.1000.6), as @@VERSION,
 * SERVERPROPERTY('ProductVersion') and @@MICROSOFTVERSION show it. Clients parse these: SQLAlchemy
 * matches {@code Microsoft .*? - (\d+)\.(\d+)\.(\d+)\.(\d+)} against @@VERSION, SMO reads
 * ProductVersion with {@code new Version(string)}.
 */
public final class ServerVersion {
  public static final int MAJOR = 16;
  public static final int MINOR = 0;
  public static final int BUILD = 1000;
  public static final int REVISION = 6;
  public static final String PRODUCT_VERSION = MAJOR + "." + MINOR + "." + BUILD + "." + REVISION;
  public static final String PRODUCT_LEVEL = "RTM";
  /**
   * The on-disk database version SQL Server 2022 reports (DATABASEPROPERTYEX 'Version', sp_helpdb,
   * DBCC DBINFO's dbi_version, RESTORE HEADERONLY's DatabaseVersion).
   */
  public static final int DATABASE_VERSION = 957;
  public static final String EDITION = "Developer Edition (64-bit)";

  /** SERVERPROPERTY('EngineEdition'): 3 = Enterprise (Developer and Evaluation report 3). */
  public static final int ENGINE_EDITION = 3;

  /** SERVERPROPERTY('EditionID') of Developer Edition. */
  public static final long EDITION_ID = -2117995310L;

  /**
   * @@VERSION: SQL Server's layout (first line parsed by clients), naming Quern.
   */
  public static final String VERSION_TEXT =
      "Microsoft SQL Server 2022 ("
          + PRODUCT_LEVEL
          + ") - "
          + PRODUCT_VERSION
          + " (X64) \n\tQuern (SQL Server-compatible database server) \n\t"
          + EDITION
          + " on Linux <X64>";

  private ServerVersion() {}

  /**
   * @@MICROSOFTVERSION: major << 24 | minor << 16 | build.
   */
  public static int microsoftVersion() {
    return (MAJOR << 24) | (MINOR << 16) | BUILD;
  }
}
