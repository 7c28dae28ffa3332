package dev.quern.engine.exec.op;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.ValueFormatter;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.ConvertExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.expr.FunctionExpr;
import dev.quern.engine.plan.GenerateSeriesNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.ext.spi.ColumnBatch;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code SELECT <expressions> FROM GENERATE_SERIES(start, stop[, step])} over an int or bigint
 * series, evaluated a column at a time straight into a {@link ColumnBatch}: the series is counted
 * into a {@code long[]} of up to {@value #CHUNK} values, then each output column is computed over
 * all of them in one loop, with no row array, boxed value or String per row. The external-script
 * input (an {@code @input_data_1} that generates its rows) is the user: there the row-at-a-time
 * projection was the query's whole cost.
 *
 * <p>Accepted expressions (anything else makes {@link #of} return null, and the plan runs row by
 * row): the series column; CAST/CONVERT without a style of an accepted integer to int, bigint or
 * float, of an accepted integer or text to varchar or nvarchar; CONCAT of accepted integers, text
 * and constants of character or integer types. These cannot fail on the common values; a value
 * where the vectorised form is not certain to give the same result (a number or non-ASCII text
 * that a length or code page would change, a bigint outside int) is computed by the expression
 * itself for that row, so values and errors are the row-at-a-time ones.
 */
public final class ColumnarProjection implements ColumnarSource {
  /** Values per vector: a chunk's columns stay in the CPU's caches between the loops. */
  static final int CHUNK = 1024;

  private final GenerateSeriesOperator series;
  private final BoundExpr[] exprs;
  private final Vector[] vectors;
  private final ColumnBatch.Kind[] kinds;
  private final boolean bigint;
  private final EvalContext ctx;
  private final long[] values = new long[CHUNK];
  private final boolean[] unsure = new boolean[CHUNK];
  private final Text text = new Text();

  private ColumnarProjection(GenerateSeriesOperator series, BoundExpr[] exprs, Vector[] vectors, boolean bigint, EvalContext ctx) {
    this.series = series;
    this.exprs = exprs;
    this.vectors = vectors;
    this.bigint = bigint;
    this.ctx = ctx;
    this.kinds = new ColumnBatch.Kind[exprs.length];
    for (int c = 0; c < exprs.length; c++) {
      kinds[c] = ColumnBatch.kindOf(exprs[c].type());
    }
  }

  /**
   * The columnar form of {@code root} with {@code width} result columns, or null when it is not a
   * projection of accepted expressions over an int or bigint GENERATE_SERIES.
   */
  public static ColumnarProjection of(PlanNode root, int width, OperatorBuilder builder, EvalContext ctx) {
    if (!(root instanceof ProjectNode p) || !(p.input() instanceof GenerateSeriesNode g) || p.exprs().size() != width) {
      return null;
    }
    TypeId seriesType = g.type().id();
    if (seriesType != TypeId.INT && seriesType != TypeId.BIGINT) {
      return null;
    }
    BoundExpr[] exprs = p.exprs().toArray(BoundExpr[]::new);
    Vector[] vectors = new Vector[exprs.length];
    for (int c = 0; c < exprs.length; c++) {
      vectors[c] = compile(exprs[c]);
      boolean fits = switch (vectors[c]) {
        case null -> false;
        case Ints i -> exprs[c].type().id() == TypeId.INT || exprs[c].type().id() == TypeId.BIGINT;
        case Floats f -> exprs[c].type().id() == TypeId.FLOAT;
        case Texts t -> ColumnBatch.kindOf(exprs[c].type()) == ColumnBatch.Kind.TEXT;
      };
      if (!fits || !exprs[c].type().equals(p.columns().get(c).type())) {
        return null;
      }
    }
    if (!(builder.build(g) instanceof GenerateSeriesOperator s) || !s.intOrBigint()) {
      return null;
    }
    return new ColumnarProjection(s, exprs, vectors, seriesType == TypeId.BIGINT, ctx);
  }

  /**
   * Appends the next rows to {@code batch} (its columns those of the projection): at most {@code
   * max}, its room and {@value #CHUNK}; returns how many, 0 at the end of the series.
   */
  @Override
  public int fill(ColumnBatch batch, int max) {
    int r0 = batch.rowCount();
    int n = series.fill(values, Math.min(CHUNK, Math.min(max, batch.capacity() - r0)));
    for (int c = 0; c < exprs.length; c++) {
      if (batch.kind(c) != kinds[c]) {
        throw new IllegalStateException("column " + c + " is " + batch.kind(c) + ", the projection makes " + kinds[c]);
      }
      java.util.Arrays.fill(unsure, 0, n, false);
      switch (vectors[c]) {
        case Ints i -> {
          long[] v = i.eval(values, n, unsure);
          if (kinds[c] == ColumnBatch.Kind.INT) {
            int[] out = batch.ints(c);
            for (int k = 0; k < n; k++) {
              out[r0 + k] = (int) v[k];
            }
          } else {
            System.arraycopy(v, 0, batch.longs(c), r0, n);
          }
          exactRows(batch, c, r0, n);
        }
        case Floats f -> {
          System.arraycopy(f.eval(values, n, unsure), 0, batch.doubles(c), r0, n);
          exactRows(batch, c, r0, n);
        }
        case Texts t -> {
          text.reset(n);
          t.eval(values, n, unsure, text);
          writeText(batch, c, r0, n);
        }
      }
    }
    batch.grow(n);
    return n;
  }

  /** The rows of column c the vector was not sure of, from the expression itself. */
  private void exactRows(ColumnBatch batch, int c, int r0, int n) {
    for (int k = 0; k < n; k++) {
      if (unsure[k]) {
        batch.set(c, r0 + k, exact(c, k));
      }
    }
  }

  private void writeText(ColumnBatch batch, int c, int r0, int n) {
    boolean any = false;
    for (int k = 0; k < n && !any; k++) {
      any = unsure[k];
    }
    if (!any) {
      batch.setUtf8Rows(c, r0, text.data, text.offsets, n);
      return;
    }
    for (int k = 0; k < n; k++) {
      if (unsure[k]) {
        batch.set(c, r0 + k, exact(c, k));
      } else {
        batch.setUtf8(c, r0 + k, text.data, text.offsets[k], text.offsets[k + 1] - text.offsets[k]);
      }
    }
  }

  /** Column c of chunk row k as the row-at-a-time projection computes it. */
  private Object exact(int c, int k) {
    ctx.row = new Object[] {bigint ? (Object) values[k] : (Object) (int) values[k]};
    return exprs[c].eval(ctx);
  }

  // ---------------------------------------------------------------- vectors

  /** An expression over the series, evaluated for a chunk; rows it cannot vouch for are flagged. */
  private sealed interface Vector permits Ints, Floats, Texts {}

  /** Integers (int or bigint, no NULL). */
  private non-sealed interface Ints extends Vector {
    long[] eval(long[] series, int n, boolean[] unsure);
  }

  /** Floats (no NULL). */
  private non-sealed interface Floats extends Vector {
    double[] eval(long[] series, int n, boolean[] unsure);
  }

  /** Text as UTF-8 (no NULL), appended to {@code out}. */
  private non-sealed interface Texts extends Vector {
    void eval(long[] series, int n, boolean[] unsure, Text out);
  }

  /** A chunk of text values: UTF-8 end to end, row k at {@code [offsets[k], offsets[k + 1])}. */
  static final class Text {
    byte[] data = new byte[16 * CHUNK];
    final int[] offsets = new int[CHUNK + 1];
    int end;
    int rows;
    /** Set by producers whose every byte is ASCII (digits, ASCII constants): no need to look. */
    boolean ascii;

    void reset(int n) {
      end = 0;
      rows = 0;
      ascii = false;
    }

    void ensure(int more) {
      if (data.length - end < more) {
        data = java.util.Arrays.copyOf(data, Math.max(end + more, 2 * data.length));
      }
    }

    void endRow() {
      offsets[++rows] = end;
    }
  }

  private static Vector compile(BoundExpr e) {
    return switch (e) {
      case ColumnExpr col when col.index() == 0 -> (Ints) (series, n, unsure) -> series;
      case ConvertExpr cv when cv.style() == Conversions.NO_STYLE -> convert(cv);
      case FunctionExpr f when f.function().name().equalsIgnoreCase("CONCAT") -> concat(f);
      default -> null;
    };
  }

  private static Vector convert(ConvertExpr cv) {
    Vector in = compile(cv.input());
    SqlType from = cv.input().type();
    SqlType to = cv.type();
    TypeId t = to.id();
    if (in instanceof Ints ints) {
      return switch (t) {
        case FLOAT -> floats(ints);
        case BIGINT -> ints;
        case INT -> from.id() == TypeId.INT ? ints : narrowToInt(ints);
        case VARCHAR, NVARCHAR -> digits(ints, to);
        default -> null;
      };
    }
    if (in instanceof Texts texts && SqlTypes.isCharacter(from.id()) && (t == TypeId.VARCHAR || t == TypeId.NVARCHAR)) {
      return fitted(texts, to);
    }
    return null;
  }

  private static Floats floats(Ints ints) {
    double[] out = new double[CHUNK];
    return (series, n, unsure) -> {
      long[] v = ints.eval(series, n, unsure);
      for (int k = 0; k < n; k++) {
        out[k] = (double) v[k];
      }
      return out;
    };
  }

  /** bigint to int: a value outside int's range is the expression's (its overflow error). */
  private static Ints narrowToInt(Ints ints) {
    return (series, n, unsure) -> {
      long[] v = ints.eval(series, n, unsure);
      for (int k = 0; k < n; k++) {
        if (v[k] != (int) v[k]) {
          unsure[k] = true;
        }
      }
      return v;
    };
  }

  /** An integer's digits; longer than a limited target ('*' or an error there): unsure. */
  private static Texts digits(Ints ints, SqlType to) {
    int limit = to.isMax() ? Integer.MAX_VALUE : to.length();
    return (series, n, unsure, out) -> {
      long[] v = ints.eval(series, n, unsure);
      for (int k = 0; k < n; k++) {
        int start = out.end;
        out.ensure(20);
        out.end = Digits.write(v[k], out.data, start);
        if (out.end - start > limit) {
          unsure[k] = true;
        }
        out.endRow();
      }
      out.ascii = true;
    };
  }

  /**
   * Text into varchar(n)/nvarchar(n)/(max): ASCII text no longer than the target is itself (no
   * cut, no code page change); other values are unsure.
   */
  private static Texts fitted(Texts texts, SqlType to) {
    int limit = to.isMax() || to.length() <= 0 ? Integer.MAX_VALUE : to.length();
    return (series, n, unsure, out) -> {
      int first = out.rows;
      texts.eval(series, n, unsure, out);
      boolean known = out.ascii;
      for (int k = 0; k < n; k++) {
        int s = out.offsets[first + k];
        int e = out.offsets[first + k + 1];
        if (e - s > limit || (!known && !ascii(out.data, s, e))) {
          unsure[k] = true;
        }
      }
    };
  }

  private static boolean ascii(byte[] data, int from, int to) {
    int bits = 0;
    for (int i = from; i < to; i++) {
      bits |= data[i];
    }
    return bits >= 0;
  }

  /**
   * CONCAT of accepted parts (NULL constants are empty, as CONCAT makes them); a part that is
   * itself text is computed into a chunk of its own first.
   */
  private static Texts concat(FunctionExpr f) {
    List<BoundExpr> args = f.operands();
    Object[] parts = new Object[args.size()]; // byte[] constant, Ints, or Texts with its chunk
    Text[] own = new Text[args.size()];
    for (int i = 0; i < parts.length; i++) {
      BoundExpr a = args.get(i);
      if (a instanceof Constant k) {
        SqlType type = k.type();
        if (k.value() != null && !(SqlTypes.isCharacter(type.id()) || SqlTypes.isInteger(type.id()))) {
          return null;
        }
        String s = k.value() == null ? "" : ValueFormatter.toText(k.value(), type);
        parts[i] = s.getBytes(StandardCharsets.UTF_8);
        continue;
      }
      Vector v = compile(a);
      if (v instanceof Ints ints && SqlTypes.isInteger(a.type().id())) {
        parts[i] = ints;
      } else if (v instanceof Texts texts && SqlTypes.isCharacter(a.type().id())) {
        parts[i] = texts;
        own[i] = new Text();
      } else {
        return null;
      }
    }
    boolean constantsAscii = true;
    for (Object part : parts) {
      if (part instanceof byte[] b) {
        constantsAscii &= ascii(b, 0, b.length);
      }
    }
    boolean asciiConstants = constantsAscii;
    long[][] ints = new long[parts.length][];
    return (series, n, unsure, out) -> {
      boolean allAscii = asciiConstants;
      for (int i = 0; i < parts.length; i++) {
        if (parts[i] instanceof Ints in) {
          ints[i] = in.eval(series, n, unsure);
        } else if (parts[i] instanceof Texts t) {
          own[i].reset(n);
          t.eval(series, n, unsure, own[i]);
          allAscii &= own[i].ascii;
        }
      }
      for (int k = 0; k < n; k++) {
        for (int i = 0; i < parts.length; i++) {
          switch (parts[i]) {
            case byte[] b -> {
              out.ensure(b.length);
              System.arraycopy(b, 0, out.data, out.end, b.length);
              out.end += b.length;
            }
            case Ints in -> {
              out.ensure(20);
              out.end = Digits.write(ints[i][k], out.data, out.end);
            }
            default -> {
              Text t = own[i];
              int len = t.offsets[k + 1] - t.offsets[k];
              out.ensure(len);
              System.arraycopy(t.data, t.offsets[k], out.data, out.end, len);
              out.end += len;
            }
          }
        }
        out.endRow();
      }
      out.ascii = allAscii;
    };
  }

  /** Decimal digits of a long as ASCII, as Long.toString writes them. */
  static final class Digits {
    private static final byte[] MIN = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
    /** "00" to "99": two digits per division. */
    private static final byte[] PAIRS = new byte[200];

    static {
      for (int i = 0; i < 100; i++) {
        PAIRS[2 * i] = (byte) ('0' + i / 10);
        PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
      }
    }

    private Digits() {}

    /** Writes {@code v} at {@code out[at]} (room for 20 bytes) and returns the position after it. */
    static int write(long v, byte[] out, int at) {
      if (v == Long.MIN_VALUE) {
        System.arraycopy(MIN, 0, out, at, MIN.length);
        return at + MIN.length;
      }
      if (v < 0) {
        out[at++] = '-';
        v = -v;
      }
      int end = at + length(v);
      int p = end;
      if (v <= Integer.MAX_VALUE) {
        return writeInt((int) v, out, end);
      }
      while (v >= 100) {
        long q = v / 100;
        int pair = 2 * (int) (v - q * 100);
        out[--p] = PAIRS[pair + 1];
        out[--p] = PAIRS[pair];
        v = q;
      }
      if (v >= 10) {
        out[--p] = PAIRS[2 * (int) v + 1];
        out[--p] = PAIRS[2 * (int) v];
      } else {
        out[--p] = (byte) ('0' + v);
      }
      return end;
    }

    /** As {@link #write} for a non-negative int ending at {@code end}: 32-bit divisions. */
    private static int writeInt(int v, byte[] out, int end) {
      int p = end;
      while (v >= 100) {
        int q = v / 100;
        int pair = 2 * (v - q * 100);
        out[--p] = PAIRS[pair + 1];
        out[--p] = PAIRS[pair];
        v = q;
      }
      if (v >= 10) {
        out[--p] = PAIRS[2 * v + 1];
        out[--p] = PAIRS[2 * v];
      } else {
        out[--p] = (byte) ('0' + v);
      }
      return end;
    }

    /** Digits of a non-negative value. */
    private static int length(long v) {
      long p = 10;
      for (int i = 1; i < 19; i++) {
        if (v < p) {
          return i;
        }
        p *= 10;
      }
      return 19;
    }
  }
}
