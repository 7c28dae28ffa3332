package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The partition function and scheme statements ("CREATE PARTITION FUNCTION", "CREATE PARTITION
 * SCHEME", "ALTER PARTITION FUNCTION", "ALTER PARTITION SCHEME" and their DROP): one statement,
 * the command saying which.
 */
public record PartitionStatement(int line, Command command) implements StorageStatement {
  /** What the statement does; {@link #verb} is its command name (sys.dm_exec_requests.command). */
  public sealed interface Command {
    String verb();

    String toSql();
  }

  /** {@code CREATE PARTITION FUNCTION name (type) AS RANGE [LEFT | RIGHT] FOR VALUES (v, …)}. */
  public record CreateFunction(String name, List<TypeName> parameters, boolean right, List<Expr> values)
      implements Command {
    public CreateFunction {
      parameters = List.copyOf(parameters);
      values = List.copyOf(values);
    }

    @Override
    public String verb() {
      return "CREATE PARTITION FUNCTION";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name) + " ("
          + parameters.stream().map(TypeName::toSql).collect(Collectors.joining(", ")) + ") AS RANGE "
          + (right ? "RIGHT" : "LEFT") + " FOR VALUES ("
          + values.stream().map(Expr::toSql).collect(Collectors.joining(", ")) + ")";
    }
  }

  /** {@code ALTER PARTITION FUNCTION name () SPLIT RANGE (v)} or {@code MERGE RANGE (v)}. */
  public record AlterFunction(String name, boolean split, Expr value) implements Command {
    @Override
    public String verb() {
      return "ALTER PARTITION FUNCTION";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name) + "() " + (split ? "SPLIT" : "MERGE") + " RANGE (" + value.toSql()
          + ")";
    }
  }

  /** {@code CREATE PARTITION SCHEME name AS PARTITION function [ALL] TO (filegroup, …)}. */
  public record CreateScheme(String name, String function, boolean all, List<String> filegroups)
      implements Command {
    public CreateScheme {
      filegroups = List.copyOf(filegroups);
    }

    @Override
    public String verb() {
      return "CREATE PARTITION SCHEME";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name) + " AS PARTITION " + Names.quote(function) + (all ? " ALL" : "")
          + " TO (" + filegroups.stream().map(Names::quote).collect(Collectors.joining(", ")) + ")";
    }
  }

  /** {@code ALTER PARTITION SCHEME name NEXT USED [filegroup]} ({@code filegroup} null: none). */
  public record NextUsed(String name, String filegroup) implements Command {
    @Override
    public String verb() {
      return "ALTER PARTITION SCHEME";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name) + " NEXT USED" + (filegroup == null ? "" : " " + Names.quote(filegroup));
    }
  }

  /** {@code DROP PARTITION FUNCTION name} or {@code DROP PARTITION SCHEME name}. */
  public record Drop(String name, boolean scheme) implements Command {
    @Override
    public String verb() {
      return scheme ? "DROP PARTITION SCHEME" : "DROP PARTITION FUNCTION";
    }

    @Override
    public String toSql() {
      return verb() + " " + Names.quote(name);
    }
  }

  @Override
  public String toSql() {
    return command.toSql();
  }
}
