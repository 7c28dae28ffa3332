package dev.quern.engine.func;

import dev.quern.catalog.value.VectorValue;
import dev.quern.engine.error.SqlErrors;

/**
 * The arithmetic of SQL Server 2025's vector functions. Distances and normalisation are computed
 * in float32, as SQL Server's results show (cosine of [1,2,3] with itself is 5.96e-8, the float32
 * rounding of 1 - 14 / (sqrt(14) * sqrt(14))); norms are summed in float64 (norm2 of [1,2,3] is
 * 3.7416573867739413). Sums run in element order: SQL Server's own order (it may use SIMD lanes)
 * is not documented, so the last bits of long vectors may differ.
 */
final class VectorMath {
  private VectorMath() {}

  /** 1 - cosine similarity; 1 beside a zero vector, 0 when float32 overflow leaves no answer. */
  static double cosine(VectorValue a, VectorValue b) {
    float dot = 0f;
    float na = 0f;
    float nb = 0f;
    for (int i = 0; i < a.dimensions(); i++) {
      dot += a.element(i) * b.element(i);
      na += a.element(i) * a.element(i);
      nb += b.element(i) * b.element(i);
    }
    if (na == 0f || nb == 0f) {
      return 1.0;
    }
    float d = 1f - dot / ((float) Math.sqrt(na) * (float) Math.sqrt(nb));
    if (Float.isNaN(d)) {
      return 0.0;
    }
    return Math.min(2f, Math.max(0f, d));
  }

  static double euclidean(VectorValue a, VectorValue b) {
    float sum = 0f;
    for (int i = 0; i < a.dimensions(); i++) {
      float d = a.element(i) - b.element(i);
      sum += d * d;
    }
    return finite((float) Math.sqrt(sum));
  }

  /** The negative dot product (smaller is nearer, as for the other metrics). */
  static double negativeDot(VectorValue a, VectorValue b) {
    float dot = 0f;
    for (int i = 0; i < a.dimensions(); i++) {
      dot += a.element(i) * b.element(i);
    }
    return finite(-dot);
  }

  static double norm(VectorValue v, String type) {
    double out = 0;
    for (int i = 0; i < v.dimensions(); i++) {
      double x = Math.abs((double) v.element(i));
      out = switch (type) {
        case "norm1" -> out + x;
        case "norm2" -> out + x * x;
        default -> Math.max(out, x);
      };
    }
    return type.equals("norm2") ? Math.sqrt(out) : out;
  }

  /** {@code v} divided by its norm (float32); a zero vector stays zero. */
  static VectorValue normalize(VectorValue v, String type) {
    float n = 0f;
    for (int i = 0; i < v.dimensions(); i++) {
      float x = Math.abs(v.element(i));
      n = switch (type) {
        case "norm1" -> n + x;
        case "norm2" -> n + x * x;
        default -> Math.max(n, x);
      };
    }
    if (type.equals("norm2")) {
      n = (float) Math.sqrt(n);
    }
    float[] out = new float[v.dimensions()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n == 0f ? 0f : v.element(i) / n;
    }
    return VectorValue.of(out);
  }

  /** 8115 where float32 overflowed: SQL Server reports it against float. */
  private static double finite(float f) {
    if (Float.isInfinite(f) || Float.isNaN(f)) {
      throw SqlErrors.ARITH_OVERFLOW.raise("expression", "float");
    }
    return f;
  }
}
