package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.error.SqlErrors;
import java.util.BitSet;
import java.util.List;

/**
 * JSON_OBJECT and JSON_ARRAY (SQL Server 2022): JSON text built from values, without spaces, keys
 * in the order written (duplicates kept). NULL values become {@code null} or are left out as the
 * NULL ON NULL / ABSENT ON NULL clause says; JSON text from another JSON function goes in as JSON.
 * The parser gives them their own syntax (key:value), so they are not in the registry.
 */
public final class JsonConstructors {
  private JsonConstructors() {}

  /** JSON_OBJECT's function: arguments are keys and values alternating. */
  public static ScalarFunction object(boolean dropNulls) {
    return new Constructor(true, dropNulls, new BitSet());
  }

  /** JSON_ARRAY's function: arguments are the elements. */
  public static ScalarFunction array(boolean dropNulls) {
    return new Constructor(false, dropNulls, new BitSet());
  }

  private static final class Constructor extends BuiltinFunction {
    private final boolean object;
    private final boolean dropNulls;
    private final BitSet jsonArgs;

    Constructor(boolean object, boolean dropNulls, BitSet jsonArgs) {
      super(object ? "JSON_OBJECT" : "JSON_ARRAY", 0, Integer.MAX_VALUE);
      this.object = object;
      this.dropNulls = dropNulls;
      this.jsonArgs = jsonArgs;
    }

    @Override
    public ScalarFunction withJsonArgument(int index) {
      BitSet json = (BitSet) jsonArgs.clone();
      json.set(index);
      return new Constructor(object, dropNulls, json);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.NVARCHAR_MAX;
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      StringBuilder sb = new StringBuilder().append(object ? '{' : '[');
      int step = object ? 2 : 1;
      for (int i = 0; i < a.size(); i += step) {
        int v = i + step - 1;
        if (object && a.isNull(i)) {
          throw SqlErrors.JSON_OBJECT_NULL_KEY.raise();
        }
        if (dropNulls && a.isNull(v)) {
          continue;
        }
        if (sb.length() > 1) {
          sb.append(',');
        }
        if (object) {
          JsonEscape.appendQuoted(sb, a.string(i));
          sb.append(':');
        }
        JsonScalarText.append(sb, a.value(v), a.type(v), jsonArgs.get(v));
      }
      return sb.append(object ? '}' : ']').toString();
    }
  }
}
