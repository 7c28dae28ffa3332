package dev.quern.catalog.spatial;

/**
 * A geometry or geography instance: its SRID and its shape. Geography keeps longitude in x and
 * latitude in y, as its WKT writes them; only its serialization swaps them.
 */
public record SpatialValue(boolean geography, int srid, Shape shape) {
  /** Whether some point has a Z value. */
  public boolean hasZ() {
    return shape.points().stream().anyMatch(c -> !Double.isNaN(c.z()));
  }

  /** Whether some point has an M value. */
  public boolean hasM() {
    return shape.points().stream().anyMatch(c -> !Double.isNaN(c.m()));
  }

  /** The same instance under another SRID. */
  public SpatialValue withSrid(int newSrid) {
    return new SpatialValue(geography, newSrid, shape);
  }

  /** Another shape of the same type and SRID. */
  public SpatialValue with(Shape s) {
    return new SpatialValue(geography, srid, s);
  }

  /** The instance's bytes, as SQL Server stores it. */
  public byte[] bytes() {
    return SpatialBinary.serialize(this);
  }
}
