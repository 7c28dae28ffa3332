package dev.quern.catalog.spatial;

import java.util.List;

/**
 * Exact planar primitives on x and y: orientation, segments that meet, distances, where a point
 * lies against a ring. Geometry's measures and predicates are built from these.
 */
final class Planar {
  /** Where a point lies against a ring or polygon. */
  enum Location { INSIDE, BOUNDARY, OUTSIDE }

  private Planar() {}

  /** The sign of the turn a, b, c: positive counter-clockwise, negative clockwise, 0 collinear. */
  static double cross(Coord a, Coord b, Coord c) {
    return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
  }

  /** Whether p lies on the closed segment a-b. */
  static boolean onSegment(Coord p, Coord a, Coord b) {
    return cross(a, b, p) == 0
        && Math.min(a.x(), b.x()) <= p.x() && p.x() <= Math.max(a.x(), b.x())
        && Math.min(a.y(), b.y()) <= p.y() && p.y() <= Math.max(a.y(), b.y());
  }

  /** Whether the closed segments a-b and c-d share a point. */
  static boolean segmentsMeet(Coord a, Coord b, Coord c, Coord d) {
    double d1 = Math.signum(cross(c, d, a));
    double d2 = Math.signum(cross(c, d, b));
    double d3 = Math.signum(cross(a, b, c));
    double d4 = Math.signum(cross(a, b, d));
    if (d1 * d2 < 0 && d3 * d4 < 0) {
      return true;
    }
    return onSegment(a, c, d) || onSegment(b, c, d) || onSegment(c, a, b) || onSegment(d, a, b);
  }

  /** Whether a-b and c-d cross at one point inside both (neither touching nor overlapping). */
  static boolean segmentsCross(Coord a, Coord b, Coord c, Coord d) {
    return Math.signum(cross(c, d, a)) * Math.signum(cross(c, d, b)) < 0
        && Math.signum(cross(a, b, c)) * Math.signum(cross(a, b, d)) < 0;
  }

  /** The point where the lines through a-b and c-d meet; null when parallel. */
  static Coord intersection(Coord a, Coord b, Coord c, Coord d) {
    double den = (b.x() - a.x()) * (d.y() - c.y()) - (b.y() - a.y()) * (d.x() - c.x());
    if (den == 0) {
      return null;
    }
    double t = ((c.x() - a.x()) * (d.y() - c.y()) - (c.y() - a.y()) * (d.x() - c.x())) / den;
    return Coord.of(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
  }

  static double distance(Coord a, Coord b) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y());
  }

  /** The distance from p to the closed segment a-b. */
  static double distanceToSegment(Coord p, Coord a, Coord b) {
    double dx = b.x() - a.x();
    double dy = b.y() - a.y();
    double len2 = dx * dx + dy * dy;
    if (len2 == 0) {
      return distance(p, a);
    }
    double t = Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
    return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
  }

  /** The distance between two closed segments. */
  static double segmentDistance(Coord a, Coord b, Coord c, Coord d) {
    if (segmentsMeet(a, b, c, d)) {
      return 0;
    }
    return Math.min(Math.min(distanceToSegment(a, c, d), distanceToSegment(b, c, d)),
        Math.min(distanceToSegment(c, a, b), distanceToSegment(d, a, b)));
  }

  /** Where p lies against a closed ring (crossing number, boundary tested exactly). */
  static Location locate(Coord p, List<Coord> ring) {
    boolean inside = false;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      Coord a = ring.get(i);
      Coord b = ring.get(j);
      if (onSegment(p, a, b)) {
        return Location.BOUNDARY;
      }
      if ((a.y() > p.y()) != (b.y() > p.y())
          && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x()) {
        inside = !inside;
      }
    }
    return inside ? Location.INSIDE : Location.OUTSIDE;
  }

  /** Where p lies against a polygon: inside its exterior ring and outside its holes. */
  static Location locateInPolygon(Coord p, List<List<Coord>> rings) {
    Location outer = locate(p, rings.getFirst());
    if (outer != Location.INSIDE) {
      return outer;
    }
    for (List<Coord> hole : rings.subList(1, rings.size())) {
      Location h = locate(p, hole);
      if (h == Location.BOUNDARY) {
        return Location.BOUNDARY;
      }
      if (h == Location.INSIDE) {
        return Location.OUTSIDE;
      }
    }
    return Location.INSIDE;
  }

  /** The signed area of a ring (shoelace): positive counter-clockwise. */
  static double signedArea(List<Coord> ring) {
    double sum = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      sum += ring.get(i).x() * ring.get(i + 1).y() - ring.get(i + 1).x() * ring.get(i).y();
    }
    return sum / 2;
  }

  /** The length of a path. */
  static double length(List<Coord> path) {
    double sum = 0;
    for (int i = 0; i + 1 < path.size(); i++) {
      sum += distance(path.get(i), path.get(i + 1));
    }
    return sum;
  }

  static Coord midpoint(Coord a, Coord b) {
    return Coord.of((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
  }
}
