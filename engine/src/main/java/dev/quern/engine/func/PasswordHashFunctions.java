package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.util.List;

/**
 * PWDENCRYPT(password) and PWDCOMPARE(password, hash [, version]) with SQL Server's login password
 * hash formats ({@link dev.quern.engine.security.SqlServerPasswordHash}), so hashes made by either
 * server compare on the other.
 */
final class PasswordHashFunctions {
  private PasswordHashFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new PwdEncrypt(), new PwdCompare());
  }

  private static void checkText(String name, SqlType t, int position) {
    if (!SqlTypes.isCharacter(t.id()) || t.id() == TypeId.TEXT || t.id() == TypeId.NTEXT) {
      throw Arity.invalidType(name, t, position);
    }
  }

  private static final class PwdEncrypt extends BuiltinFunction {
    PwdEncrypt() {
      super("PWDENCRYPT", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      checkText(name(), types.getFirst(), 1);
      return SqlType.ofLength(TypeId.VARBINARY, 128);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return dev.quern.engine.security.SqlServerPasswordHash.encrypt(a.string(0));
    }

    @Override
    public boolean deterministic() {
      return false; // a fresh salt each time
    }
  }

  private static final class PwdCompare extends BuiltinFunction {
    PwdCompare() {
      super("PWDCOMPARE", 2, 3);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      checkText(name(), types.getFirst(), 1);
      SqlType h = types.get(1);
      if (h.id() != TypeId.VARBINARY && h.id() != TypeId.BINARY) {
        throw Arity.invalidType(name(), h, 2);
      }
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      // 0 too for bytes that are no password hash SQL Server makes.
      return dev.quern.engine.security.SqlServerPasswordHash.compare(a.string(0), (byte[]) a.value(1)) ? 1 : 0;
    }
  }
}
