package dev.quern.catalog.spatial;

/**
 * One point of a figure: x and y (a geography's longitude and latitude, in that WKT order), and Z
 * and M, NaN where the point has none (SQL Server's NULL Z or M).
 */
public record Coord(double x, double y, double z, double m) {
  /** A point with no Z and no M. */
  public static Coord of(double x, double y) {
    return new Coord(x, y, Double.NaN, Double.NaN);
  }

  /** The same x and y, without Z and M. */
  public Coord flat() {
    return of(x, y);
  }

  /** Whether x and y are those of {@code o} (Z and M aside). */
  public boolean samePlace(Coord o) {
    return x == o.x && y == o.y;
  }
}
