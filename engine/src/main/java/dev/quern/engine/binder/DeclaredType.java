package dev.quern.engine.binder;

import dev.quern.catalog.meta.UserType;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeFacetException;
import dev.quern.engine.ast.TypeName;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.func.FunctionContext;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.UserTypes;
import java.util.Optional;

/**
 * A type as a declaration (column, variable, parameter) resolves it: a system type, or a
 * user-defined one of the current database — an alias (its base type, and the nullability a column
 * of it takes by default) or a table type ({@code type} null). An unqualified system type name
 * wins over a user type of the same name, as in SQL Server.
 *
 * @param userType the user-defined type written, null for a system type
 */
public record DeclaredType(SqlType type, UserType userType) {
  /** Resolves {@code t}; 2715 (naming the {@code ordinal}-th declaration) when nothing has that name. */
  public static DeclaredType resolve(TypeName t, int ordinal, FunctionContext session) {
    if (JsonOperands.jsonWithWidth(t)) {
      throw dev.quern.engine.error.JsonTypeErrors.WIDTH_IN_DECLARATION.raise(ordinal);
    }
    if (t.xml() != null) {
      return new DeclaredType(typedXml(t, session), null);
    }
    if (t.schema() == null) {
      try {
        return new DeclaredType(SqlTypes.parse(t.toSql()), null);
      } catch (TypeFacetException e) {
        throw new SqlException(e.number(), 16, 1, e.text(), Abort.COMPILE);
      } catch (IllegalArgumentException e) {
        // not a system type: perhaps a user-defined one
      }
    }
    Optional<UserType> user = session instanceof SessionState s
        ? UserTypes.find(s.store(), s.databaseName(), t)
        : Optional.empty();
    if (user.isEmpty()) {
      throw SqlErrors.CANNOT_FIND_TYPE.raise(ordinal, t.displayName());
    }
    return new DeclaredType(user.get().base(), user.get());
  }

  /**
   * {@code xml(collection)}: the collection of the current database it names; 6314 when none.
   * Without a session (describing a batch) there is no catalog to ask: the type is untyped xml.
   */
  static SqlType typedXml(TypeName t, FunctionContext session) {
    if (!(session instanceof SessionState s)) {
      return SqlTypes.XML;
    }
    return dev.quern.engine.store.XmlSchemaCollections.find(s.store(), s.databaseName(), t.xml().schema(),
            t.xml().collection())
        .map(c -> {
          dev.quern.engine.session.PermissionGate.xmlSchemaCollection(s, c, "REFERENCES");
          return SqlType.typedXml(c.collectionId(), t.xml().document());
        })
        .orElseThrow(() -> dev.quern.engine.error.XmlSchemaErrors.NO_SUCH_COLLECTION.raise(t.xml().collection()));
  }

  /** Whether {@code t} names a user-defined table type (without raising anything). */
  public static Optional<UserType> tableType(TypeName t, FunctionContext session) {
    if (t.xml() != null) {
      return Optional.empty();
    }
    if (t.schema() == null && SqlTypes.lookup(t.name()) != null) {
      return Optional.empty();
    }
    if (!(session instanceof SessionState s)) {
      return Optional.empty();
    }
    return UserTypes.find(s.store(), s.databaseName(), t).filter(UserType::isTableType);
  }

  public boolean isTableType() {
    return userType != null && userType.isTableType();
  }

  /** The user_type_id a column of this type records (0 for a system type). */
  public int userTypeId() {
    return userType == null ? 0 : userType.id();
  }

  /** Whether a column of this type allows NULL when its definition does not say. */
  public boolean nullableByDefault() {
    return userType == null || userType.nullable();
  }
}
