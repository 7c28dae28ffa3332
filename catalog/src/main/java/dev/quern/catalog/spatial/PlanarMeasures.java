package dev.quern.catalog.spatial;

import java.util.ArrayList;
import java.util.List;

/**
 * geometry's measures and derived shapes on the plane: STLength (lines and ring perimeters),
 * STArea, STDistance, STCentroid, STEnvelope, STBoundary, and STBuffer of points.
 */
public final class PlanarMeasures {
  /** STBuffer of a point: a regular polygon of this many sides inscribed in the circle. */
  static final int BUFFER_SIDES = 64;

  private PlanarMeasures() {}

  /** STLength(): the lines' lengths and the polygons' perimeters. */
  public static double length(Shape s) {
    double sum = 0;
    for (Shape leaf : s.leaves()) {
      if (leaf.type() != OgcType.POINT) {
        for (List<Coord> f : leaf.figures()) {
          sum += Planar.length(f);
        }
      }
    }
    return sum;
  }

  /** STArea(): the polygons' areas less their holes'. */
  public static double area(Shape s) {
    double sum = 0;
    for (Shape leaf : s.leaves()) {
      if (leaf.type() == OgcType.POLYGON && !leaf.isEmpty()) {
        sum += Math.abs(Planar.signedArea(leaf.figures().getFirst()));
        for (List<Coord> hole : leaf.figures().subList(1, leaf.figures().size())) {
          sum -= Math.abs(Planar.signedArea(hole));
        }
      }
    }
    return sum;
  }

  /** STDistance(): the least distance between the two; 0 when they meet. */
  public static double distance(Shape a, Shape b) {
    if (PlanarRelations.intersects(a, b)) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (Shape x : a.leaves()) {
      for (Shape y : b.leaves()) {
        best = Math.min(best, leafDistance(x, y));
      }
    }
    return best;
  }

  private static double leafDistance(Shape a, Shape b) {
    double best = Double.POSITIVE_INFINITY;
    for (List<Coord> f : a.figures()) {
      for (List<Coord> g : b.figures()) {
        best = Math.min(best, figureDistance(f, g));
      }
    }
    return best;
  }

  private static double figureDistance(List<Coord> f, List<Coord> g) {
    if (f.size() == 1 && g.size() == 1) {
      return Planar.distance(f.getFirst(), g.getFirst());
    }
    if (f.size() == 1 || g.size() == 1) {
      Coord p = f.size() == 1 ? f.getFirst() : g.getFirst();
      List<Coord> path = f.size() == 1 ? g : f;
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i + 1 < path.size(); i++) {
        best = Math.min(best, Planar.distanceToSegment(p, path.get(i), path.get(i + 1)));
      }
      return best;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < f.size(); i++) {
      for (int j = 0; j + 1 < g.size(); j++) {
        best = Math.min(best, Planar.segmentDistance(f.get(i), f.get(i + 1), g.get(j), g.get(j + 1)));
      }
    }
    return best;
  }

  /** STCentroid(): the centre of mass of the polygons; null for an instance with none (points, lines). */
  public static Shape centroid(Shape s) {
    double cx = 0;
    double cy = 0;
    double total = 0;
    for (Shape leaf : s.leaves()) {
      if (leaf.type() != OgcType.POLYGON) {
        return null;
      }
      for (int r = 0; r < leaf.figures().size(); r++) {
        List<Coord> ring = leaf.figures().get(r);
        double a = Math.abs(Planar.signedArea(ring)) * (r == 0 ? 1 : -1);
        double[] c = ringCentroid(ring);
        cx += c[0] * a;
        cy += c[1] * a;
        total += a;
      }
    }
    return total == 0 ? null : Shape.point(Coord.of(cx / total, cy / total));
  }

  private static double[] ringCentroid(List<Coord> ring) {
    double a = 0;
    double x = 0;
    double y = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      Coord p = ring.get(i);
      Coord q = ring.get(i + 1);
      double k = p.x() * q.y() - q.x() * p.y();
      a += k;
      x += (p.x() + q.x()) * k;
      y += (p.y() + q.y()) * k;
    }
    return new double[] {x / (3 * a), y / (3 * a)};
  }

  /** STEnvelope(): the bounding rectangle counter-clockwise from its lower left; a point's is the point. */
  public static Shape envelope(Shape s) {
    if (s.isEmpty()) {
      return Shape.empty(OgcType.GEOMETRYCOLLECTION);
    }
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Coord c : s.points()) {
      minX = Math.min(minX, c.x());
      minY = Math.min(minY, c.y());
      maxX = Math.max(maxX, c.x());
      maxY = Math.max(maxY, c.y());
    }
    if (minX == maxX && minY == maxY) {
      return Shape.point(Coord.of(minX, minY));
    }
    return Shape.of(OgcType.POLYGON, List.of(List.of(Coord.of(minX, minY), Coord.of(maxX, minY),
        Coord.of(maxX, maxY), Coord.of(minX, maxY), Coord.of(minX, minY))));
  }

  /**
   * STBoundary(): a point's is empty; a line's its two ends unless closed (end point first, as
   * SQL Server's documented example gives it); a polygon's its rings as lines.
   */
  public static Shape boundary(Shape s) {
    List<Shape> ends = new ArrayList<>();
    List<Shape> rings = new ArrayList<>();
    for (Shape leaf : s.leaves()) {
      if (leaf.type() == OgcType.LINESTRING && !leaf.isEmpty()) {
        List<Coord> f = leaf.figures().getFirst();
        if (!f.getFirst().samePlace(f.getLast())) {
          ends.add(Shape.point(f.getLast().flat()));
          ends.add(Shape.point(f.getFirst().flat()));
        }
      } else if (leaf.type() == OgcType.POLYGON) {
        leaf.figures().forEach(r -> rings.add(Shape.of(OgcType.LINESTRING, List.of(r.stream().map(Coord::flat).toList()))));
      }
    }
    if (!rings.isEmpty()) {
      return rings.size() == 1 ? rings.getFirst() : Shape.collection(OgcType.MULTILINESTRING, rings);
    }
    if (!ends.isEmpty()) {
      return Shape.collection(OgcType.MULTIPOINT, ends);
    }
    return Shape.empty(OgcType.GEOMETRYCOLLECTION);
  }

  /**
   * STBuffer(r) of a point: the disc approximated by a regular polygon of {@link #BUFFER_SIDES}
   * vertices on the circle, counter-clockwise from (x + r, y); r ≤ 0 gives the empty instance.
   */
  public static Shape bufferPoint(Coord c, double r) {
    if (r <= 0) {
      return Shape.empty(OgcType.GEOMETRYCOLLECTION);
    }
    List<Coord> ring = new ArrayList<>();
    for (int i = 0; i < BUFFER_SIDES; i++) {
      double t = 2 * Math.PI * i / BUFFER_SIDES;
      ring.add(Coord.of(c.x() + r * Math.cos(t), c.y() + r * Math.sin(t)));
    }
    ring.add(ring.getFirst());
    return Shape.of(OgcType.POLYGON, List.of(ring));
  }
}
