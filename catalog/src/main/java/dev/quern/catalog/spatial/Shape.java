package dev.quern.catalog.spatial;

import java.util.ArrayList;
import java.util.List;

/**
 * One shape of an instance: a Point (one figure of one point), a LineString (one figure), a
 * Polygon (its rings, the exterior first), or a multi-type or GeometryCollection, whose shapes are
 * its {@code children}. An EMPTY shape has no figures and no children.
 */
public record Shape(OgcType type, List<List<Coord>> figures, List<Shape> children) {
  public Shape {
    figures = figures.stream().map(List::copyOf).toList();
    children = List.copyOf(children);
  }

  /** A shape of figures (Point, LineString, Polygon). */
  public static Shape of(OgcType type, List<List<Coord>> figures) {
    return new Shape(type, figures, List.of());
  }

  /** A multi-type or collection of {@code children}. */
  public static Shape collection(OgcType type, List<Shape> children) {
    return new Shape(type, List.of(), children);
  }

  /** A point shape. */
  public static Shape point(Coord c) {
    return of(OgcType.POINT, List.of(List.of(c)));
  }

  /** {@code type EMPTY}. */
  public static Shape empty(OgcType type) {
    return new Shape(type, List.of(), List.of());
  }

  /** STIsEmpty(): no point anywhere in the shape. */
  public boolean isEmpty() {
    return points().isEmpty();
  }

  /** Every point of the shape and its children, in storage order. */
  public List<Coord> points() {
    List<Coord> out = new ArrayList<>();
    collect(out);
    return out;
  }

  private void collect(List<Coord> out) {
    figures.forEach(out::addAll);
    children.forEach(c -> c.collect(out));
  }

  /** The shapes that are no collection, in order (a collection's members, a single shape itself). */
  public List<Shape> leaves() {
    List<Shape> out = new ArrayList<>();
    addLeaves(out);
    return out;
  }

  private void addLeaves(List<Shape> out) {
    if (!type.isCollection()) {
      out.add(this);
    } else {
      children.forEach(c -> c.addLeaves(out));
    }
  }

  /** STDimension(): 0 points, 1 lines, 2 polygons, the highest of a collection's; -1 when empty. */
  public int dimension() {
    int d = -1;
    for (Shape leaf : leaves()) {
      if (!leaf.isEmpty()) {
        d = Math.max(d, switch (leaf.type) {
          case POINT -> 0;
          case LINESTRING -> 1;
          default -> 2;
        });
      }
    }
    return d;
  }
}
