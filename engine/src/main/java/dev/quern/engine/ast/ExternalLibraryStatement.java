package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code CREATE | ALTER | DROP EXTERNAL LIBRARY} ("CREATE EXTERNAL LIBRARY (Transact-SQL)"):
 * {@code owner} is the AUTHORIZATION clause (null without one), {@code files} the CONTENT specs
 * (CREATE: one or two, ALTER: one, DROP: none), {@code language} the WITH (LANGUAGE = …) value.
 */
public record ExternalLibraryStatement(
    int line, Verb verb, String name, String owner, List<FileSpec> files, String language)
    implements StorageStatement {
  public enum Verb { CREATE, ALTER, DROP }

  /**
   * One {@code (CONTENT = … [, PLATFORM = …])}: the bytes as an expression (a varbinary literal,
   * variable or parameter) or, when {@code path} is set, a file on the server; {@code platform}
   * upper-case, null when not given.
   */
  public record FileSpec(Expr content, String path, String platform) {
    String toSql() {
      String c = path != null ? "N'" + path.replace("'", "''") + "'" : content.toSql();
      return "(CONTENT = " + c + (platform == null ? "" : ", PLATFORM = " + platform) + ")";
    }
  }

  public ExternalLibraryStatement {
    files = List.copyOf(files);
  }

  @Override
  public String toSql() {
    StringBuilder sb = new StringBuilder(verb + " EXTERNAL LIBRARY " + Names.quote(name));
    if (owner != null) {
      sb.append(" AUTHORIZATION ").append(Names.quote(owner));
    }
    if (verb == Verb.CREATE) {
      sb.append(" FROM ").append(files.stream().map(FileSpec::toSql).collect(Collectors.joining(", ")));
    } else if (verb == Verb.ALTER) {
      sb.append(" SET ").append(files.getFirst().toSql());
    }
    if (language != null) {
      sb.append(" WITH (LANGUAGE = '").append(language.replace("'", "''")).append("')");
    }
    return sb.toString();
  }
}
