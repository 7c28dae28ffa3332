package dev.quern.catalog.spatial;

import dev.quern.catalog.spatial.Planar.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * geometry's predicates on points, lines and polygons and their collections, by the OGC's
 * definitions: intersects (some common point), contains (b lies in a and their interiors meet),
 * touches (they meet, their interiors do not), equals (each lies in the other). Lines and ring
 * edges are cut where the other shape's edges meet them, and the midpoints of the pieces tested, so
 * that concave shapes and shared edges answer right.
 */
public final class PlanarRelations {
  private PlanarRelations() {}

  public static boolean intersects(Shape a, Shape b) {
    for (Shape x : nonEmpty(a)) {
      for (Shape y : nonEmpty(b)) {
        if (leafIntersects(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** STContains: every point of b in a, and some interior point of b in a's interior. */
  public static boolean contains(Shape a, Shape b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (Shape y : nonEmpty(b)) {
      if (!covers(a, y)) {
        return false;
      }
    }
    return interiorsMeet(a, b);
  }

  public static boolean touches(Shape a, Shape b) {
    return intersects(a, b) && !interiorsMeet(a, b);
  }

  public static boolean equalsTopologically(Shape a, Shape b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    for (Shape y : nonEmpty(b)) {
      if (!covers(a, y)) {
        return false;
      }
    }
    for (Shape x : nonEmpty(a)) {
      if (!covers(b, x)) {
        return false;
      }
    }
    return true;
  }

  private static List<Shape> nonEmpty(Shape s) {
    return s.leaves().stream().filter(l -> !l.isEmpty()).toList();
  }

  private static boolean interiorsMeet(Shape a, Shape b) {
    for (Shape x : nonEmpty(a)) {
      for (Shape y : nonEmpty(b)) {
        if (leafInteriorsMeet(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean leafIntersects(Shape x, Shape y) {
    if (dim(x) > dim(y)) {
      return leafIntersects(y, x);
    }
    if (x.type() == OgcType.POINT) {
      return closedContains(y, point(x));
    }
    for (List<Coord> f : x.figures()) {
      for (List<Coord> g : y.figures()) {
        if (pathsMeet(f, g)) {
          return true;
        }
      }
    }
    if (y.type() == OgcType.POLYGON) {
      if (Planar.locateInPolygon(x.figures().getFirst().getFirst(), y.figures()) != Location.OUTSIDE) {
        return true;
      }
      return x.type() == OgcType.POLYGON
          && Planar.locateInPolygon(y.figures().getFirst().getFirst(), x.figures()) != Location.OUTSIDE;
    }
    return false;
  }

  private static boolean leafInteriorsMeet(Shape x, Shape y) {
    if (dim(x) > dim(y)) {
      return leafInteriorsMeet(y, x);
    }
    if (x.type() == OgcType.POINT) {
      Coord p = point(x);
      return switch (y.type()) {
        case POINT -> p.samePlace(point(y));
        case LINESTRING -> closedContains(y, p) && !isLineEnd(y, p);
        default -> Planar.locateInPolygon(p, y.figures()) == Location.INSIDE;
      };
    }
    if (x.type() == OgcType.LINESTRING && y.type() == OgcType.LINESTRING) {
      for (Coord m : testPoints(x, y)) {
        if (closedContains(y, m) && !isLineEnd(y, m) && !isLineEnd(x, m)) {
          return true;
        }
      }
      return false;
    }
    // y is a polygon: some piece of x lies strictly inside it, or (polygons) some piece of y inside x.
    for (Coord m : testPoints(x, y)) {
      if (Planar.locateInPolygon(m, y.figures()) == Location.INSIDE) {
        return true;
      }
    }
    if (x.type() == OgcType.POLYGON) {
      for (Coord m : testPoints(y, x)) {
        if (Planar.locateInPolygon(m, x.figures()) == Location.INSIDE) {
          return true;
        }
      }
      Shape c = PlanarMeasures.centroid(x);
      return c != null && Planar.locateInPolygon(point(c), x.figures()) == Location.INSIDE
          && Planar.locateInPolygon(point(c), y.figures()) == Location.INSIDE;
    }
    return false;
  }

  /** Whether the leaf y lies wholly in a (its test points in a, and no hole of a inside a polygon y). */
  private static boolean covers(Shape a, Shape y) {
    for (Coord p : testPointsAgainst(y, nonEmpty(a))) {
      if (nonEmpty(a).stream().noneMatch(x -> closedContains(x, p))) {
        return false;
      }
    }
    if (y.type() == OgcType.POLYGON) {
      for (Shape x : nonEmpty(a)) {
        for (List<Coord> ring : x.figures()) {
          for (Coord v : ring) {
            if (Planar.locateInPolygon(v, y.figures()) == Location.INSIDE && x.type() == OgcType.POLYGON
                && ring != x.figures().getFirst()) {
              return false; // a hole of a lies inside y
            }
          }
        }
      }
    }
    return true;
  }

  private static boolean closedContains(Shape x, Coord p) {
    return switch (x.type()) {
      case POINT -> point(x).samePlace(p);
      case LINESTRING -> onPath(p, x.figures().getFirst());
      default -> Planar.locateInPolygon(p, x.figures()) != Location.OUTSIDE;
    };
  }

  private static boolean isLineEnd(Shape line, Coord p) {
    List<Coord> f = line.figures().getFirst();
    boolean closed = f.getFirst().samePlace(f.getLast());
    return !closed && (p.samePlace(f.getFirst()) || p.samePlace(f.getLast()));
  }

  private static boolean onPath(Coord p, List<Coord> path) {
    for (int i = 0; i + 1 < path.size(); i++) {
      if (Planar.onSegment(p, path.get(i), path.get(i + 1))) {
        return true;
      }
    }
    return path.size() == 1 && path.getFirst().samePlace(p);
  }

  private static boolean pathsMeet(List<Coord> f, List<Coord> g) {
    for (int i = 0; i + 1 < f.size(); i++) {
      for (int j = 0; j + 1 < g.size(); j++) {
        if (Planar.segmentsMeet(f.get(i), f.get(i + 1), g.get(j), g.get(j + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Coord> testPoints(Shape x, Shape cutter) {
    return testPointsAgainst(x, List.of(cutter));
  }

  /** x's vertices and the midpoints of its edges cut where the cutters' edges and vertices meet them. */
  private static List<Coord> testPointsAgainst(Shape x, List<Shape> cutters) {
    List<Coord> out = new ArrayList<>();
    for (List<Coord> f : x.figures()) {
      out.addAll(f);
      for (int i = 0; i + 1 < f.size(); i++) {
        out.addAll(pieceMidpoints(f.get(i), f.get(i + 1), cutters));
      }
    }
    return out;
  }

  private static List<Coord> pieceMidpoints(Coord p, Coord q, List<Shape> cutters) {
    List<Double> ts = new ArrayList<>(List.of(0.0, 1.0));
    for (Shape c : cutters) {
      for (List<Coord> g : c.figures()) {
        for (int j = 0; j < g.size(); j++) {
          Coord r = g.get(j);
          if (Planar.onSegment(r, p, q)) {
            ts.add(param(p, q, r));
          }
          if (j + 1 < g.size() && Planar.segmentsCross(p, q, r, g.get(j + 1))) {
            Coord cross = Planar.intersection(p, q, r, g.get(j + 1));
            if (cross != null) {
              ts.add(param(p, q, cross));
            }
          }
        }
      }
    }
    ts.sort(Double::compare);
    List<Coord> out = new ArrayList<>();
    for (int i = 0; i + 1 < ts.size(); i++) {
      double t = (ts.get(i) + ts.get(i + 1)) / 2;
      if (ts.get(i + 1) > ts.get(i)) {
        out.add(Coord.of(p.x() + t * (q.x() - p.x()), p.y() + t * (q.y() - p.y())));
      }
    }
    return out;
  }

  private static double param(Coord p, Coord q, Coord r) {
    double dx = q.x() - p.x();
    double dy = q.y() - p.y();
    return Math.abs(dx) >= Math.abs(dy) ? (r.x() - p.x()) / dx : (r.y() - p.y()) / dy;
  }

  private static Coord point(Shape s) {
    return s.figures().getFirst().getFirst();
  }

  private static int dim(Shape s) {
    return switch (s.type()) {
      case POINT -> 0;
      case LINESTRING -> 1;
      default -> 2;
    };
  }
}
