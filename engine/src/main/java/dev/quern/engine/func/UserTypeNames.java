package dev.quern.engine.func;

import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.UserType;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.UserTypes;
import java.util.ArrayList;
import java.util.List;

/** TYPE_ID and TYPE_NAME for the user-defined types of the session's current database. */
final class UserTypeNames {
  private UserTypeNames() {}

  /** TYPE_NAME(id): the type's name, or null. */
  static String name(FunctionContext ctx, int id) {
    if (!(ctx instanceof SessionState s)) {
      return null;
    }
    var catalog = s.store().storage().catalog(s.databaseId());
    Metadata md = s.store().snapshot(catalog);
    return md.userType(id).map(UserType::name).orElse(null);
  }

  /** TYPE_ID('[schema.]name'): the user_type_id, or null. */
  static Integer id(FunctionContext ctx, String written) {
    if (!(ctx instanceof SessionState s)) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String p : written.split("\\.", -1)) {
      String t = p.strip();
      if (t.length() >= 2 && t.startsWith("[") && t.endsWith("]")) {
        t = t.substring(1, t.length() - 1);
      }
      parts.add(t);
    }
    return UserTypes.find(s.store(), s.databaseName(), parts).map(UserType::id).orElse(null);
  }
}
