package dev.quern.catalog.spatial;

import java.util.ArrayList;
import java.util.List;

/**
 * OGC validity as STIsValid() and IsValidDetailed() report it: a line of one distinct point
 * degenerates (24406), a ring that crosses itself or another ring (24404). Curves and rings are
 * numbered from 1 across the instance, as SQL Server numbers its figures. Checks crossings pairwise,
 * up to {@link #MAX_CHECKED_EDGES} edges; a larger polygon is taken as valid (not proven).
 */
public final class Validity {
  private static final int MAX_CHECKED_EDGES = 4000;

  private Validity() {}

  /** STIsValid(). */
  public static boolean isValid(SpatialValue v) {
    return detail(v) == null;
  }

  /** IsValidDetailed(): "24400: Valid" or the reason. */
  public static String detailed(SpatialValue v) {
    String why = detail(v);
    return why == null ? "24400: Valid" : why;
  }

  private static String detail(SpatialValue v) {
    int figure = 0;
    for (Shape leaf : v.shape().leaves()) {
      for (List<Coord> f : leaf.figures()) {
        figure++;
        if (leaf.type() != OgcType.POINT && distinct(f) < (leaf.type() == OgcType.POLYGON ? 3 : 2)) {
          return "24406: Not valid because curve (" + figure + ") degenerates to a point.";
        }
      }
      if (leaf.type() == OgcType.POLYGON && !leaf.isEmpty()) {
        int crossing = crossingRing(leaf.figures(), figure - leaf.figures().size() + 1);
        if (crossing > 0) {
          return "24404: Not valid because polygon ring (" + crossing + ") intersects itself or some other ring.";
        }
      }
    }
    return null;
  }

  private static int distinct(List<Coord> f) {
    List<Coord> seen = new ArrayList<>();
    for (Coord c : f) {
      if (seen.stream().noneMatch(c::samePlace)) {
        seen.add(c);
        if (seen.size() >= 3) {
          break;
        }
      }
    }
    return seen.size();
  }

  /** The number of the first ring with an edge that crosses another edge; 0 when none. */
  private static int crossingRing(List<List<Coord>> rings, int firstNumber) {
    int edges = rings.stream().mapToInt(r -> r.size() - 1).sum();
    if (edges > MAX_CHECKED_EDGES) {
      return 0;
    }
    for (int r = 0; r < rings.size(); r++) {
      List<Coord> a = rings.get(r);
      for (int i = 0; i + 1 < a.size(); i++) {
        for (int s = r; s < rings.size(); s++) {
          List<Coord> b = rings.get(s);
          for (int j = s == r ? i + 1 : 0; j + 1 < b.size(); j++) {
            if (badMeeting(a, i, b, j, s == r)) {
              return firstNumber + r;
            }
          }
        }
      }
    }
    return 0;
  }

  /** Edges i of a and j of b that cross, or overlap, or (in one ring) touch where they are not neighbours. */
  private static boolean badMeeting(List<Coord> a, int i, List<Coord> b, int j, boolean sameRing) {
    Coord p = a.get(i);
    Coord q = a.get(i + 1);
    Coord r = b.get(j);
    Coord s = b.get(j + 1);
    if (Planar.segmentsCross(p, q, r, s)) {
      return true;
    }
    boolean neighbours = sameRing && (j == i + 1 || (i == 0 && j == a.size() - 2));
    if (neighbours) {
      // Neighbours share a vertex; they are bad only when they fold back over each other.
      Coord shared = j == i + 1 ? q : p;
      Coord other1 = shared == q ? p : q;
      Coord other2 = shared == q ? s : r;
      return Planar.cross(shared, other1, other2) == 0
          && (other1.x() - shared.x()) * (other2.x() - shared.x()) + (other1.y() - shared.y()) * (other2.y() - shared.y()) > 0;
    }
    if (!sameRing) {
      return overlaps(p, q, r, s); // rings may touch at points, never share an edge
    }
    return Planar.segmentsMeet(p, q, r, s);
  }

  /** Collinear segments that share more than a point. */
  private static boolean overlaps(Coord p, Coord q, Coord r, Coord s) {
    if (Planar.cross(p, q, r) != 0 || Planar.cross(p, q, s) != 0) {
      return false;
    }
    boolean alongX = Math.abs(q.x() - p.x()) >= Math.abs(q.y() - p.y());
    double a1 = alongX ? Math.min(p.x(), q.x()) : Math.min(p.y(), q.y());
    double a2 = alongX ? Math.max(p.x(), q.x()) : Math.max(p.y(), q.y());
    double b1 = alongX ? Math.min(r.x(), s.x()) : Math.min(r.y(), s.y());
    double b2 = alongX ? Math.max(r.x(), s.x()) : Math.max(r.y(), s.y());
    return Math.min(a2, b2) > Math.max(a1, b1);
  }
}
