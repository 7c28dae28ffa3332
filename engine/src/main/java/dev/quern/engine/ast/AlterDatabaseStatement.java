package dev.quern.engine.ast;

import java.util.Map;

/**
 * {@code ALTER DATABASE {name | CURRENT} SET option [, …] [WITH ROLLBACK …]} or {@code ALTER
 * DATABASE {name | CURRENT} COLLATE collation}: {@code database} is null for CURRENT; {@code
 * options} maps each option, as the catalog keeps it, to its value (upper case: RECOVERY → SIMPLE,
 * COMPATIBILITY_LEVEL → 150, USER_ACCESS → MULTI_USER); {@code collation} is the new default
 * collation, null for SET.
 */
public record AlterDatabaseStatement(int line, String database, Map<String, String> options, String collation)
    implements StorageStatement {
  public AlterDatabaseStatement {
    options = Map.copyOf(options);
  }

  public AlterDatabaseStatement(int line, String database, Map<String, String> options) {
    this(line, database, options, null);
  }

  @Override
  public String toSql() {
    StringBuilder sb = new StringBuilder("ALTER DATABASE ").append(database == null ? "CURRENT" : Names.quote(database));
    if (collation != null) {
      return sb.append(" COLLATE ").append(collation).toString();
    }
    sb.append(" SET ");
    sb.append(String.join(", ", options.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue()).toList()));
    return sb.toString();
  }
}
