package dev.quern.catalog.spatial;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a shape as SQL Server's ToString() and STAsText() write it: {@code POINT (1 2)}, {@code
 * POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0))}, {@code MULTIPOINT ((1 2), (3 4))}, {@code LINESTRING EMPTY};
 * with Z and M ({@code NULL} for an absent Z before an M) only when asked (ToString, AsTextZM).
 * Numbers as .NET's round-trip format: {@code 1}, {@code -122.349}, {@code 1E+20}.
 */
public final class WktWriter {
  private final StringBuilder out = new StringBuilder();
  private final boolean z;
  private final boolean m;

  private WktWriter(boolean z, boolean m) {
    this.z = z;
    this.m = m;
  }

  /** The text of {@code s}; {@code zm}: with the Z and M values the instance has. */
  public static String write(Shape s, boolean zm) {
    List<Coord> points = s.points();
    boolean hasZ = zm && points.stream().anyMatch(c -> !Double.isNaN(c.z()));
    boolean hasM = zm && points.stream().anyMatch(c -> !Double.isNaN(c.m()));
    WktWriter w = new WktWriter(hasZ, hasM);
    w.shape(s);
    return w.out.toString();
  }

  private void shape(Shape s) {
    out.append(s.type().label());
    if (s.figures().isEmpty() && s.children().isEmpty()) {
      out.append(" EMPTY");
      return;
    }
    out.append(' ');
    body(s);
  }

  private void body(Shape s) {
    switch (s.type()) {
      case POINT -> {
        out.append('(');
        coord(s.figures().getFirst().getFirst());
        out.append(')');
      }
      case LINESTRING -> coords(s.figures().getFirst());
      case POLYGON -> list(s.figures(), this::coords);
      case GEOMETRYCOLLECTION -> list(s.children(), this::shape);
      default -> list(s.children(), c -> {
        if (c.isEmpty()) {
          out.append("EMPTY");
        } else {
          body(c);
        }
      });
    }
  }

  private <T> void list(List<T> items, java.util.function.Consumer<T> each) {
    out.append('(');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      each.accept(items.get(i));
    }
    out.append(')');
  }

  private void coords(List<Coord> cs) {
    list(cs, this::coord);
  }

  private void coord(Coord c) {
    out.append(number(c.x())).append(' ').append(number(c.y()));
    if (z) {
      out.append(' ').append(Double.isNaN(c.z()) ? "NULL" : number(c.z()));
    }
    if (m) {
      out.append(' ').append(Double.isNaN(c.m()) ? "NULL" : number(c.m()));
    }
  }

  /** .NET's round-trip ("R") text of a double: plain from 1E-05 to below 1E+15, else scientific. */
  public static String number(double d) {
    if (d == 0) {
      return "0";
    }
    String shortest = Double.toString(d);
    BigDecimal exact = new BigDecimal(shortest);
    double abs = Math.abs(d);
    if (abs >= 1e-5 && abs < 1e15) {
      String plain = exact.stripTrailingZeros().toPlainString();
      return plain;
    }
    BigDecimal unscaled = exact.stripTrailingZeros();
    int exponent = unscaled.precision() - unscaled.scale() - 1;
    String digits = unscaled.unscaledValue().abs().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String sign = exponent < 0 ? "-" : "+";
    return (d < 0 ? "-" : "") + mantissa + "E" + sign + String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
  }
}
