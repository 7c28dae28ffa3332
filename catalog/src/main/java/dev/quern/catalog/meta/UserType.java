package dev.quern.catalog.meta;

import dev.quern.catalog.type.SqlType;

/**
 * A user-defined data type (CREATE TYPE, sys.types with is_user_defined = 1): an alias of a system
 * type ({@code FROM base [NULL | NOT NULL]}) or a table type ({@code AS TABLE (…)}). Types live in a
 * namespace of their own per schema, apart from sys.objects' (a table and a type may share a name).
 * A table type keeps its column list as written ({@code tableDefinition}, the parenthesized text),
 * read again whenever a table variable or parameter of the type is declared.
 *
 * @param id the user_type_id (above 256, where SQL Server numbers user types)
 * @param base the system type an alias stands for; null for a table type
 * @param nullable whether a column of the alias type allows NULL unless it says otherwise
 * @param tableDefinition a table type's {@code (columns, constraints)}; null for an alias type
 */
public record UserType(
    int id, int schemaId, String name, SqlType base, boolean nullable, String tableDefinition) {
  public static UserType alias(int id, int schemaId, String name, SqlType base, boolean nullable) {
    return new UserType(id, schemaId, name, base, nullable, null);
  }

  public static UserType table(int id, int schemaId, String name, String tableDefinition) {
    return new UserType(id, schemaId, name, null, false, tableDefinition);
  }

  public boolean isTableType() {
    return tableDefinition != null;
  }
}
