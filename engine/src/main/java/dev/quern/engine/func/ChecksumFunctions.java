package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlValueException;
import java.util.List;

/**
 * CHECKSUM(expr, …) and BINARY_CHECKSUM(expr, …) (the binder expands {@code (*)} to the row's
 * columns): an int hash of the arguments in order ({@link ChecksumHash}); a NULL argument takes
 * part (it does not make the result NULL). CHECKSUM refuses text, ntext, image and xml (8116 state
 * 4) and compares character data case-insensitively as the default collation does;
 * BINARY_CHECKSUM hashes exact characters and skips those types, failing only when none of its
 * arguments is left (8184).
 */
final class ChecksumFunctions {
  private ChecksumFunctions() {}

  /** SQL Server's limit on a function's argument count. */
  private static final int MAX_ARGS = 2100;

  static List<ScalarFunction> all() {
    return List.of(new Checksum("CHECKSUM", false), new Checksum("BINARY_CHECKSUM", true));
  }

  static boolean comparable(SqlType t) {
    return switch (t.id()) {
      case TEXT, NTEXT, IMAGE, XML -> false;
      default -> true;
    };
  }

  private static final class Checksum extends BuiltinFunction {
    private final boolean binary;

    Checksum(String name, boolean binary) {
      super(name, 0, MAX_ARGS);
      this.binary = binary;
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      if (types.isEmpty()) {
        throw SqlValueException.of(1076, "Function '" + name().toLowerCase(java.util.Locale.ROOT)
            + "' requires at least 1 argument(s).");
      }
      boolean any = false;
      for (int i = 0; i < types.size(); i++) {
        if (comparable(types.get(i))) {
          any = true;
        } else if (!binary) {
          throw new SqlValueException(8116, 16, 4, "Argument data type " + SqlTypes.name(types.get(i).id())
              + " is invalid for argument " + (i + 1) + " of checksum function.");
        }
      }
      if (!any) {
        throw new SqlValueException(8184, 16, 1,
            "Error in binarychecksum. There are no comparable columns in the binarychecksum input.");
      }
      return SqlTypes.INT;
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      int h = 0;
      for (int i = 0; i < a.size(); i++) {
        SqlType t = a.type(i);
        if (comparable(t)) {
          h = ChecksumHash.combine(h, ChecksumHash.of(a.value(i), t, !binary && SqlTypes.isCharacter(t.id())));
        }
      }
      return h;
    }
  }
}
