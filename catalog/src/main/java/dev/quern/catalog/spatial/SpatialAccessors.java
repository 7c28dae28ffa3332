package dev.quern.catalog.spatial;

import java.util.ArrayList;
import java.util.List;

/**
 * The structural methods of geometry and geography: points by number, the n-th geometry or ring,
 * start and end points, closedness, counts. Each answers null where SQL Server's answers NULL (a
 * number past the end, a method that does not apply to the shape's type).
 */
public final class SpatialAccessors {
  private SpatialAccessors() {}

  /** STNumPoints(). */
  public static int numPoints(Shape s) {
    return s.points().size();
  }

  /** STPointN(n): 24102 below 1, null past the last point. */
  public static Shape pointN(SpatialValue v, long n) {
    if (n < 1) {
      throw SpatialErrors.indexTooSmall(v.geography(), "STPointN", n);
    }
    List<Coord> points = v.shape().points();
    return n > points.size() ? null : Shape.point(points.get((int) n - 1));
  }

  public static Shape startPoint(Shape s) {
    List<Coord> points = s.points();
    return points.isEmpty() ? null : Shape.point(points.getFirst());
  }

  public static Shape endPoint(Shape s) {
    List<Coord> points = s.points();
    return points.isEmpty() ? null : Shape.point(points.getLast());
  }

  /** STNumGeometries(): a collection's members; 1 for a shape, 0 when empty. */
  public static int numGeometries(Shape s) {
    if (s.type().isCollection()) {
      return s.children().size();
    }
    return s.isEmpty() ? 0 : 1;
  }

  /** STGeometryN(n): 24103 below 1, null past the last. */
  public static Shape geometryN(SpatialValue v, long n) {
    if (n < 1) {
      throw SpatialErrors.indexTooSmall(v.geography(), "STGeometryN", n);
    }
    Shape s = v.shape();
    if (s.type().isCollection()) {
      return n > s.children().size() ? null : s.children().get((int) n - 1);
    }
    return n == 1 && !s.isEmpty() ? s : null;
  }

  /** STExteriorRing(): a polygon's exterior ring as a line; null for any other shape. */
  public static Shape exteriorRing(Shape s) {
    if (s.type() != OgcType.POLYGON || s.isEmpty()) {
      return null;
    }
    return Shape.of(OgcType.LINESTRING, List.of(s.figures().getFirst()));
  }

  /** STNumInteriorRing(): a polygon's holes; null for any other shape. */
  public static Integer numInteriorRings(Shape s) {
    if (s.type() != OgcType.POLYGON) {
      return null;
    }
    return s.isEmpty() ? 0 : s.figures().size() - 1;
  }

  /** STInteriorRingN(n): 24104 below 1, null past the last or for another shape. */
  public static Shape interiorRingN(SpatialValue v, long n) {
    if (n < 1) {
      throw SpatialErrors.indexTooSmall(v.geography(), "STInteriorRingN", n);
    }
    Shape s = v.shape();
    if (s.type() != OgcType.POLYGON || n >= s.figures().size()) {
      return null;
    }
    return Shape.of(OgcType.LINESTRING, List.of(s.figures().get((int) n)));
  }

  /** geography's NumRings(): the rings of its polygons. */
  public static Integer numRings(Shape s) {
    int n = 0;
    boolean polygons = false;
    for (Shape leaf : s.leaves()) {
      if (leaf.type() == OgcType.POLYGON) {
        polygons = true;
        n += leaf.figures().size();
      }
    }
    return polygons ? n : null;
  }

  /** geography's RingN(n): the n-th ring of its polygons, as a line. */
  public static Shape ringN(SpatialValue v, long n) {
    if (n < 1) {
      throw SpatialErrors.indexTooSmall(v.geography(), "STInteriorRingN", n);
    }
    List<List<Coord>> rings = new ArrayList<>();
    v.shape().leaves().stream().filter(l -> l.type() == OgcType.POLYGON).forEach(l -> rings.addAll(l.figures()));
    return n > rings.size() ? null : Shape.of(OgcType.LINESTRING, List.of(rings.get((int) n - 1)));
  }

  /**
   * STIsClosed(): every line's ends the same and every polygon's (always); false with a point in
   * it or when empty.
   */
  public static boolean isClosed(Shape s) {
    if (s.isEmpty()) {
      return false;
    }
    for (Shape leaf : s.leaves()) {
      if (leaf.type() == OgcType.POINT) {
        return false;
      }
      if (leaf.type() == OgcType.LINESTRING && !leaf.isEmpty()) {
        List<Coord> f = leaf.figures().getFirst();
        if (!f.getFirst().samePlace(f.getLast())) {
          return false;
        }
      }
    }
    return true;
  }

  /** The single point of a Point shape; null for any other. */
  public static Coord pointOf(Shape s) {
    return s.type() == OgcType.POINT && !s.isEmpty() ? s.figures().getFirst().getFirst() : null;
  }
}
