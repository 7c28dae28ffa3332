package dev.quern.engine.ast;

import java.util.List;

/**
 * The full-text DDL ("CREATE FULLTEXT CATALOG", "CREATE FULLTEXT INDEX", "ALTER FULLTEXT INDEX" and
 * their DROP forms): one statement, the command saying which.
 */
public record FullTextStatement(int line, Command command) implements StorageStatement {
  @Override
  public String toSql() {
    return command.verb();
  }

  /** What the statement does; {@link #verb} is its command name (error 574 names it). */
  public sealed interface Command {
    String verb();
  }

  /** {@code CREATE FULLTEXT CATALOG name [WITH ACCENT_SENSITIVITY = ON|OFF] [AS DEFAULT]}. */
  public record CreateCatalog(String name, boolean asDefault, boolean accentSensitive) implements Command {
    @Override
    public String verb() {
      return "CREATE FULLTEXT CATALOG";
    }
  }

  /** {@code ALTER FULLTEXT CATALOG name {REBUILD | REORGANIZE | AS DEFAULT}}. */
  public record AlterCatalog(String name, String action) implements Command {
    @Override
    public String verb() {
      return "ALTER FULLTEXT CATALOG";
    }
  }

  /** {@code DROP FULLTEXT CATALOG name}. */
  public record DropCatalog(String name) implements Command {
    @Override
    public String verb() {
      return "DROP FULLTEXT CATALOG";
    }
  }

  /** One column of a full-text index: its name and LANGUAGE (an LCID, a language name, or null). */
  public record ColumnSpec(String name, Object language, String typeColumn) {}

  /**
   * {@code CREATE FULLTEXT INDEX ON table (columns) KEY INDEX ix [ON catalog] [WITH CHANGE_TRACKING
   * [=] AUTO|MANUAL|OFF [, NO POPULATION], STOPLIST [=] OFF|SYSTEM|name]}. {@code changeTracking}
   * is 'A', 'M' or 'O'; {@code stoplist} null is SYSTEM.
   */
  public record CreateIndex(List<String> table, List<ColumnSpec> columns, String keyIndex, String catalog,
      char changeTracking, boolean noPopulation, String stoplist) implements Command {
    @Override
    public String verb() {
      return "CREATE FULLTEXT INDEX";
    }
  }

  /** What ALTER FULLTEXT INDEX does. */
  public enum Action { ENABLE, DISABLE, ADD, DROP, START_FULL, START_INCREMENTAL, START_UPDATE, STOP, CHANGE_TRACKING,
    STOPLIST }

  /**
   * {@code ALTER FULLTEXT INDEX ON table {ENABLE | DISABLE | ADD (columns) | DROP (columns) | START
   * {FULL | INCREMENTAL | UPDATE} POPULATION | STOP POPULATION | SET CHANGE_TRACKING [=] … | SET
   * STOPLIST [=] …} [WITH NO POPULATION]}. {@code option}: the new change tracking ('A', 'M', 'O') or
   * stoplist name.
   */
  public record AlterIndex(List<String> table, Action action, List<ColumnSpec> columns, String option,
      boolean noPopulation) implements Command {
    @Override
    public String verb() {
      return "ALTER FULLTEXT INDEX";
    }
  }

  /** {@code DROP FULLTEXT INDEX ON table}. */
  public record DropIndex(List<String> table) implements Command {
    @Override
    public String verb() {
      return "DROP FULLTEXT INDEX";
    }
  }
}
