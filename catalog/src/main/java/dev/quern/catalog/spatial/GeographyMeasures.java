package dev.quern.catalog.spatial;

import java.util.ArrayList;
import java.util.List;

/**
 * geography's measures and predicates on the ellipsoid of the instance's SRID, in metres: lengths
 * and distances along geodesics ({@link Geodesic}); areas on the authalic sphere, whose map keeps
 * areas, with edges as great circles; intersects and contains by the gnomonic projection around the
 * instances' middle, which maps great circles to straight lines, so that the planar predicates hold
 * (instances that do not fit in the hemisphere around that middle answer false).
 */
public final class GeographyMeasures {
  private GeographyMeasures() {}

  public static double length(SpatialValue v) {
    Geodesic g = geodesic(v);
    double sum = 0;
    for (Shape leaf : v.shape().leaves()) {
      if (leaf.type() != OgcType.POINT) {
        for (List<Coord> f : leaf.figures()) {
          for (int i = 0; i + 1 < f.size(); i++) {
            sum += g.distance(f.get(i).y(), f.get(i).x(), f.get(i + 1).y(), f.get(i + 1).x());
          }
        }
      }
    }
    return sum;
  }

  public static double area(SpatialValue v) {
    Geodesic g = geodesic(v);
    double r = g.authalicRadius();
    double sum = 0;
    for (Shape leaf : v.shape().leaves()) {
      if (leaf.type() == OgcType.POLYGON) {
        for (List<Coord> ring : leaf.figures()) {
          sum += excess(g, ring);
        }
      }
    }
    return Math.abs(sum) * r * r;
  }

  /**
   * The signed spherical excess of a ring of authalic latitudes (positive when its interior is on
   * the left, counter-clockwise as longitude and latitude draw it): per edge, the excess of the
   * triangle it makes with the pole.
   */
  static double excess(Geodesic g, List<Coord> ring) {
    double sum = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      double t1 = Math.tan(g.authalicLatitude(ring.get(i).y()) / 2);
      double t2 = Math.tan(g.authalicLatitude(ring.get(i + 1).y()) / 2);
      double dl = Math.toRadians(ring.get(i + 1).x() - ring.get(i).x());
      dl = Math.IEEEremainder(dl, 2 * Math.PI);
      // The excess between the edge and the north pole: an eastward edge adds to the area south of it.
      sum -= 2 * Math.atan2(Math.tan(dl / 2) * (t1 + t2), 1 + t1 * t2);
    }
    return sum;
  }

  /** STDistance: 0 when they meet, else the least geodesic distance between their points and edges. */
  public static double distance(SpatialValue a, SpatialValue b) {
    if (intersects(a, b)) {
      return 0;
    }
    Geodesic g = geodesic(a);
    double best = Double.POSITIVE_INFINITY;
    for (Shape x : a.shape().leaves()) {
      for (Shape y : b.shape().leaves()) {
        for (List<Coord> f : x.figures()) {
          for (List<Coord> h : y.figures()) {
            best = Math.min(best, Math.min(pathDistance(g, f, h), pathDistance(g, h, f)));
          }
        }
      }
    }
    return best;
  }

  /** The least distance from the vertices of f to the path h. */
  private static double pathDistance(Geodesic g, List<Coord> f, List<Coord> h) {
    double best = Double.POSITIVE_INFINITY;
    for (Coord p : f) {
      double[] pp = {p.y(), p.x()};
      if (h.size() == 1) {
        best = Math.min(best, g.distance(p.y(), p.x(), h.getFirst().y(), h.getFirst().x()));
      }
      for (int i = 0; i + 1 < h.size(); i++) {
        best = Math.min(best, g.distanceToSegment(pp, new double[] {h.get(i).y(), h.get(i).x()},
            new double[] {h.get(i + 1).y(), h.get(i + 1).x()}));
      }
    }
    return best;
  }

  public static boolean intersects(SpatialValue a, SpatialValue b) {
    Shape[] p = project(a.shape(), b.shape());
    return p != null && PlanarRelations.intersects(p[0], p[1]);
  }

  public static boolean contains(SpatialValue a, SpatialValue b) {
    Shape[] p = project(a.shape(), b.shape());
    return p != null && PlanarRelations.contains(p[0], p[1]);
  }

  /** The ring orientation rule: every polygon's interior on the left of its exterior ring and within a hemisphere. */
  static boolean fitsHemisphere(SpatialValue v) {
    Geodesic g = geodesic(v);
    for (Shape leaf : v.shape().leaves()) {
      if (leaf.type() == OgcType.POLYGON && !leaf.isEmpty()) {
        double e = excess(g, leaf.figures().getFirst());
        if (e < 0 || e > 2 * Math.PI) {
          return false;
        }
      }
    }
    return true;
  }

  private static Geodesic geodesic(SpatialValue v) {
    SpatialReferenceSystems.System s = SpatialReferenceSystems.of(v.srid());
    return (s == null ? SpatialReferenceSystems.of(4326) : s).geodesic();
  }

  /** Both shapes in the gnomonic projection around their middle; null when some point is 90° or more away. */
  private static Shape[] project(Shape a, Shape b) {
    double[] c = {0, 0, 0};
    for (Shape s : List.of(a, b)) {
      for (Coord p : s.points()) {
        double[] u = unit(p);
        c[0] += u[0];
        c[1] += u[1];
        c[2] += u[2];
      }
    }
    double n = Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
    if (n < 1e-12) {
      return null;
    }
    double[] k = {c[0] / n, c[1] / n, c[2] / n};
    double[] e1 = Math.abs(k[2]) < 0.9 ? normalize(crossProduct(new double[] {0, 0, 1}, k))
        : normalize(crossProduct(new double[] {1, 0, 0}, k));
    double[] e2 = crossProduct(k, e1);
    Projection proj = new Projection(k, e1, e2);
    Shape pa = proj.shape(a);
    Shape pb = proj.shape(b);
    return pa == null || pb == null ? null : new Shape[] {pa, pb};
  }

  private record Projection(double[] k, double[] e1, double[] e2) {
    Shape shape(Shape s) {
      List<List<Coord>> figures = new ArrayList<>();
      for (List<Coord> f : s.figures()) {
        List<Coord> out = new ArrayList<>();
        for (Coord p : f) {
          double[] u = unit(p);
          double d = dot(u, k);
          if (d <= 1e-9) {
            return null;
          }
          out.add(Coord.of(dot(u, e1) / d, dot(u, e2) / d));
        }
        figures.add(out);
      }
      List<Shape> children = new ArrayList<>();
      for (Shape c : s.children()) {
        Shape pc = shape(c);
        if (pc == null) {
          return null;
        }
        children.add(pc);
      }
      return new Shape(s.type(), figures, children);
    }
  }

  private static double[] unit(Coord p) {
    double lat = Math.toRadians(p.y());
    double lon = Math.toRadians(p.x());
    return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  private static double[] crossProduct(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  private static double[] normalize(double[] v) {
    double n = Math.sqrt(dot(v, v));
    return new double[] {v[0] / n, v[1] / n, v[2] / n};
  }
}
