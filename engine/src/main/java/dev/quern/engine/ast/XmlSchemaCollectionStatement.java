package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code CREATE XML SCHEMA COLLECTION name AS expr}, {@code ALTER XML SCHEMA COLLECTION name ADD
 * expr}, {@code DROP XML SCHEMA COLLECTION name} ("CREATE XML SCHEMA COLLECTION (Transact-SQL)"):
 * {@code name} is {@code [schema.]collection}; {@code schemas} the text to import (a string
 * literal or variable), null for DROP.
 */
public record XmlSchemaCollectionStatement(int line, Verb verb, List<String> name, Expr schemas)
    implements StorageStatement {
  public enum Verb { CREATE, ALTER, DROP }

  public XmlSchemaCollectionStatement {
    name = List.copyOf(name);
  }

  @Override
  public String toSql() {
    String n = name.stream().map(Names::quote).collect(Collectors.joining("."));
    return switch (verb) {
      case CREATE -> "CREATE XML SCHEMA COLLECTION " + n + " AS " + schemas.toSql();
      case ALTER -> "ALTER XML SCHEMA COLLECTION " + n + " ADD " + schemas.toSql();
      case DROP -> "DROP XML SCHEMA COLLECTION " + n;
    };
  }
}
