package dev.quern.engine.store;

import dev.quern.catalog.meta.UserType;
import dev.quern.engine.ast.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * Finds user-defined types (CREATE TYPE) by the name a declaration wrote: {@code [schema.]name} in
 * the session's current database, {@code dbo} when unqualified. A system type's name is the
 * caller's to try first: an unqualified {@code int} is always the system type, as in SQL Server.
 */
public final class UserTypes {
  private UserTypes() {}

  /** The user-defined type {@code t} names, if it names one (a type with facets never does). */
  public static Optional<UserType> find(StoreSession session, String currentDatabase, TypeName t) {
    if (!t.args().isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = t.schema() == null ? List.of(t.name()) : List.of(t.schema(), t.name());
    return find(session, currentDatabase, parts);
  }

  /** The user-defined type {@code [schema.]name} ({@code parts}) of the current database. */
  public static Optional<UserType> find(StoreSession session, String currentDatabase, List<String> parts) {
    if (parts.isEmpty() || parts.size() > 2 || parts.getLast().startsWith("#") || parts.getLast().startsWith("@")) {
      return Optional.empty();
    }
    return ObjectNames.target(session, currentDatabase, parts)
        .flatMap(t -> session.metadata(t.catalog()).userType(t.schema().id(), t.name()));
  }
}
