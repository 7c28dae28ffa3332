package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.catalog.value.VectorValue;
import dev.quern.engine.error.VectorErrors;
import java.util.List;
import java.util.Locale;

/**
 * SQL Server 2025's vector functions: VECTOR_DISTANCE('cosine' | 'euclidean' | 'dot', v1, v2)
 * and VECTOR_NORM(v, 'norm1' | 'norm2' | 'norminf') as float, VECTOR_NORMALIZE(v, norm) as a
 * vector of v's dimensions, VECTORPROPERTY(v, 'Dimensions' | 'BaseType') as sql_variant. Names
 * of metrics, norms and properties match in any case; a NULL argument gives NULL.
 */
final class VectorFunctions {
  private VectorFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Distance(), new Norm(), new Normalize(), new Property());
  }

  /** 8116 unless argument {@code index} (0-based) is a vector. */
  private static void requireVector(String name, List<SqlType> t, int index) {
    if (t.get(index).id() != TypeId.VECTOR) {
      throw Arity.invalidType(name, t.get(index), index + 1);
    }
  }

  /** 8116 unless argument {@code index} (0-based) is a string. */
  private static void requireString(String name, List<SqlType> t, int index) {
    if (!SqlTypes.isCharacter(t.get(index).id())) {
      throw Arity.invalidType(name, t.get(index), index + 1);
    }
  }

  /** A norm type's name (42210 when it is none). */
  private static String normType(String written) {
    String n = written.toLowerCase(Locale.ROOT);
    if (!n.equals("norm1") && !n.equals("norm2") && !n.equals("norminf")) {
      throw VectorErrors.UNKNOWN_NORM.raise(written);
    }
    return n;
  }

  static final class Distance extends BuiltinFunction {
    Distance() {
      super("VECTOR_DISTANCE", 3, 3);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      requireString(name(), t, 0);
      requireVector(name(), t, 1);
      requireVector(name(), t, 2);
      return SqlTypes.FLOAT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      VectorValue x = (VectorValue) a.value(1);
      VectorValue y = (VectorValue) a.value(2);
      // Trailing spaces do not count (char(10) 'dot' is dot), leading ones do.
      String metric = a.string(0).replaceAll(" +$", "");
      double d = switch (metric.toLowerCase(Locale.ROOT)) {
        case "cosine" -> VectorMath.cosine(check(x, y), y);
        case "euclidean" -> VectorMath.euclidean(check(x, y), y);
        case "dot" -> VectorMath.negativeDot(check(x, y), y);
        default -> throw VectorErrors.UNKNOWN_METRIC.raise(metric);
      };
      return d;
    }

    private static VectorValue check(VectorValue x, VectorValue y) {
      if (x.dimensions() != y.dimensions()) {
        throw dev.quern.catalog.value.VectorErrors.dimensionsDiffer(x.dimensions(), y.dimensions(), 3);
      }
      return x;
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  static final class Norm extends BuiltinFunction {
    Norm() {
      super("VECTOR_NORM", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      requireVector(name(), t, 0);
      requireString(name(), t, 1);
      return SqlTypes.FLOAT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return VectorMath.norm((VectorValue) a.value(0), normType(a.string(1).replaceAll(" +$", "")));
    }

    // SQL Server 2025 calls VECTOR_NORM nondeterministic (a persisted computed column is 4936).
    @Override
    public boolean deterministic() {
      return false;
    }
  }

  static final class Normalize extends BuiltinFunction {
    Normalize() {
      super("VECTOR_NORMALIZE", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      requireVector(name(), t, 0);
      requireString(name(), t, 1);
      return t.get(0);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return VectorMath.normalize((VectorValue) a.value(0), normType(a.string(1).replaceAll(" +$", "")));
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  static final class Property extends BuiltinFunction {
    Property() {
      super("VECTORPROPERTY", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      requireVector(name(), t, 0);
      return SqlTypes.SQL_VARIANT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      VectorValue v = (VectorValue) a.value(0);
      return switch (a.string(1).toLowerCase(Locale.ROOT)) {
        case "dimensions" -> new SqlVariant(SqlTypes.SMALLINT, v.dimensions());
        case "basetype" -> new SqlVariant(SqlTypes.SYSNAME, "float32");
        default -> null;
      };
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }
}
