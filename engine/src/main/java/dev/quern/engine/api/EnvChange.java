package dev.quern.engine.api;

/** A change of session environment that clients must hear about (MS-TDS ENVCHANGE). */
public sealed interface EnvChange {
  /** USE or login changed the current database. */
  record Database(String newName, String oldName) implements EnvChange {}

  /**
   * USE moved to a database whose default collation differs from the last one's: {@code name} is
   * the new one (clients take the code page of varchar data from it).
   */
  record SqlCollation(String name) implements EnvChange {}

  /** SET LANGUAGE changed the session language. */
  record Language(String newName, String oldName) implements EnvChange {}

  /** A transaction began; {@code descriptor} identifies it on the wire. */
  record BeginTransaction(long descriptor) implements EnvChange {}

  /** The transaction {@code descriptor} committed. */
  record CommitTransaction(long descriptor) implements EnvChange {}

  /** The transaction {@code descriptor} rolled back. */
  record RollbackTransaction(long descriptor) implements EnvChange {}
}
