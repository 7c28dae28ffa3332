package dev.quern.catalog.spatial;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL Server's serialization of geometry and geography ([MS-SSCLRT] 2.1), little-endian:
 *
 * <pre>
 * SRID(4) Version(1) Properties(1)                      Properties: 0x01 Z, 0x02 M, 0x04 valid,
 *   single point (0x08):   Point [Z] [M]                  0x08 single point, 0x10 single line segment,
 *   single segment (0x10): Point Point [Z Z] [M M]        0x20 larger than a hemisphere (geography)
 *   otherwise: NumPoints(4) Points(16 each) [Z(8 each)] [M(8 each)]
 *              NumFigures(4) Figures(attribute(1) pointOffset(4))
 *              NumShapes(4) Shapes(parentOffset(4) figureOffset(4) type(1))
 *              [version 2: NumSegments(4) Segments(1 each)]
 * </pre>
 *
 * A geography point is (latitude, longitude); a geometry point (x, y). Figure attributes (version
 * 1): 0 interior ring, 1 stroke, 2 exterior ring. Written as version 1, which every shape here
 * fits (version 2 only adds arcs); version 2 without arcs is read too.
 */
public final class SpatialBinary {
  private static final int Z = 0x01;
  private static final int M = 0x02;
  private static final int VALID = 0x04;
  private static final int SINGLE_POINT = 0x08;
  private static final int SINGLE_SEGMENT = 0x10;

  private SpatialBinary() {}

  /** The bytes of {@code v}. */
  public static byte[] serialize(SpatialValue v) {
    Flat f = new Flat();
    f.add(v.shape(), -1);
    boolean hasZ = v.hasZ();
    boolean hasM = v.hasM();
    int n = f.points.size();
    boolean single = n == 1 && f.figures.size() == 1 && f.shapes.size() == 1;
    boolean segment = n == 2 && f.figures.size() == 1 && f.shapes.size() == 1
        && v.shape().type() == OgcType.LINESTRING;
    int size = 6 + n * 16 + (hasZ ? n * 8 : 0) + (hasM ? n * 8 : 0)
        + (single || segment ? 0 : 12 + f.figures.size() * 5 + f.shapes.size() * 9);
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(v.srid()).put((byte) 1);
    int props = (hasZ ? Z : 0) | (hasM ? M : 0) | (Validity.isValid(v) ? VALID : 0)
        | (single ? SINGLE_POINT : 0) | (segment ? SINGLE_SEGMENT : 0);
    b.put((byte) props);
    if (!single && !segment) {
      b.putInt(n);
    }
    for (Coord c : f.points) {
      b.putDouble(v.geography() ? c.y() : c.x()).putDouble(v.geography() ? c.x() : c.y());
    }
    if (hasZ) {
      f.points.forEach(c -> b.putDouble(c.z()));
    }
    if (hasM) {
      f.points.forEach(c -> b.putDouble(c.m()));
    }
    if (!single && !segment) {
      b.putInt(f.figures.size());
      f.figures.forEach(fig -> b.put((byte) fig[0]).putInt(fig[1]));
      b.putInt(f.shapes.size());
      f.shapes.forEach(s -> b.putInt(s[0]).putInt(s[1]).put((byte) s[2]));
    }
    return b.array();
  }

  /** The instance these bytes hold; throws a {@link SpatialErrors.ParseFailure} for bytes that are none. */
  public static SpatialValue deserialize(byte[] bytes, boolean geography) {
    try {
      return read(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), geography);
    } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
      throw SpatialErrors.invalidBinary();
    }
  }

  private static SpatialValue read(ByteBuffer b, boolean geography) {
    int srid = b.getInt();
    int version = b.get() & 0xFF;
    if (version > 2) {
      throw SpatialErrors.unexpectedVersion(geography, version);
    }
    if (version == 0) {
      throw SpatialErrors.invalidBinary();
    }
    int props = b.get() & 0xFF;
    int n = (props & SINGLE_POINT) != 0 ? 1 : (props & SINGLE_SEGMENT) != 0 ? 2 : count(b, 16);
    double[][] xy = new double[n][2];
    for (double[] p : xy) {
      double first = b.getDouble();
      double second = b.getDouble();
      p[0] = geography ? second : first;
      p[1] = geography ? first : second;
    }
    double[] zs = values(b, n, (props & Z) != 0);
    double[] ms = values(b, n, (props & M) != 0);
    List<Coord> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      points.add(new Coord(xy[i][0], xy[i][1], zs[i], ms[i]));
    }
    if ((props & SINGLE_POINT) != 0) {
      return new SpatialValue(geography, srid, Shape.point(points.getFirst()));
    }
    if ((props & SINGLE_SEGMENT) != 0) {
      return new SpatialValue(geography, srid, Shape.of(OgcType.LINESTRING, List.of(points)));
    }
    int figureCount = count(b, 5);
    int[] attributes = new int[figureCount];
    int[] offsets = new int[figureCount];
    for (int i = 0; i < figureCount; i++) {
      attributes[i] = b.get() & 0xFF;
      offsets[i] = b.getInt();
      if (version == 2 && attributes[i] >= 2) {
        throw SpatialErrors.notSupported("A circular arc");
      }
    }
    int shapeCount = count(b, 9);
    int[][] shapes = new int[shapeCount][];
    for (int i = 0; i < shapeCount; i++) {
      shapes[i] = new int[] {b.getInt(), b.getInt(), b.get() & 0xFF};
    }
    if (shapeCount == 0) {
      throw SpatialErrors.invalidBinary();
    }
    return new SpatialValue(geography, srid, new Tree(points, offsets, shapes).build(0));
  }

  /** A count of items of {@code itemSize} bytes, checked against what is left before anything is allocated. */
  private static int count(ByteBuffer b, int itemSize) {
    int n = b.getInt();
    if (n < 0 || (long) n * itemSize > b.remaining()) {
      throw SpatialErrors.invalidBinary();
    }
    return n;
  }

  private static double[] values(ByteBuffer b, int n, boolean present) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = present ? b.getDouble() : Double.NaN;
    }
    return out;
  }

  /** The arrays of the serialization as a tree of shapes. */
  private record Tree(List<Coord> points, int[] figureOffsets, int[][] shapes) {
    Shape build(int index) {
      int[] s = shapes[index];
      OgcType type = OgcType.of(s[2]);
      if (type == null) {
        throw s[2] >= 8 && s[2] <= 11 ? SpatialErrors.notSupported("A circular or FullGlobe shape")
            : SpatialErrors.invalidBinary();
      }
      if (type.isCollection()) {
        List<Shape> children = new ArrayList<>();
        for (int i = index + 1; i < shapes.length; i++) {
          if (shapes[i][0] == index) {
            children.add(build(i));
          }
        }
        return Shape.collection(type, children);
      }
      if (s[1] < 0) {
        return Shape.empty(type);
      }
      int end = figureOffsets.length;
      for (int i = index + 1; i < shapes.length; i++) {
        if (shapes[i][1] >= 0) {
          end = shapes[i][1];
          break;
        }
      }
      List<List<Coord>> figures = new ArrayList<>();
      for (int f = s[1]; f < end; f++) {
        figures.add(figurePoints(f));
      }
      return Shape.of(type, figures);
    }

    private List<Coord> figurePoints(int f) {
      if (f < 0 || f >= figureOffsets.length) {
        throw SpatialErrors.invalidBinary();
      }
      int from = figureOffsets[f];
      int to = f + 1 < figureOffsets.length ? figureOffsets[f + 1] : points.size();
      if (from < 0 || to > points.size() || from > to) {
        throw SpatialErrors.invalidBinary();
      }
      return points.subList(from, to);
    }
  }

  /** The arrays a tree serializes to. */
  private static final class Flat {
    final List<Coord> points = new ArrayList<>();
    final List<int[]> figures = new ArrayList<>();
    final List<int[]> shapes = new ArrayList<>();

    void add(Shape s, int parent) {
      int index = shapes.size();
      shapes.add(new int[] {parent, s.isEmpty() ? -1 : figures.size(), s.type().code()});
      for (int i = 0; i < s.figures().size(); i++) {
        int attribute = s.type() != OgcType.POLYGON ? 1 : i == 0 ? 2 : 0;
        figures.add(new int[] {attribute, points.size()});
        points.addAll(s.figures().get(i));
      }
      s.children().forEach(c -> add(c, index));
    }
  }
}
