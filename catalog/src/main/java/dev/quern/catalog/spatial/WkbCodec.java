package dev.quern.catalog.spatial;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The OGC well-known binary: STAsBinary() writes it little-endian in two dimensions (as SQL Server
 * does: Z and M are not OGC WKB); STGeomFromWKB reads either byte order, and the ISO Z, M and ZM
 * type codes (1001, 2001, 3001 …). A POINT EMPTY is written with NaN coordinates.
 */
public final class WkbCodec {
  private static final int MAX_DEPTH = 32;

  private WkbCodec() {}

  public static byte[] write(Shape s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(s, out);
    return out.toByteArray();
  }

  private static void write(Shape s, ByteArrayOutputStream out) {
    out.write(1);
    writeInt(out, s.type().code());
    switch (s.type()) {
      case POINT -> {
        Coord c = s.isEmpty() ? Coord.of(Double.NaN, Double.NaN) : s.figures().getFirst().getFirst();
        writeCoord(out, c);
      }
      case LINESTRING -> writePath(out, s.isEmpty() ? List.of() : s.figures().getFirst());
      case POLYGON -> {
        writeInt(out, s.figures().size());
        s.figures().forEach(r -> writePath(out, r));
      }
      default -> {
        writeInt(out, s.children().size());
        s.children().forEach(c -> write(c, out));
      }
    }
  }

  private static void writePath(ByteArrayOutputStream out, List<Coord> path) {
    writeInt(out, path.size());
    path.forEach(c -> writeCoord(out, c));
  }

  private static void writeCoord(ByteArrayOutputStream out, Coord c) {
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    b.putDouble(c.x()).putDouble(c.y());
    out.writeBytes(b.array());
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
  }

  /** The shape of WKB bytes; a {@link SpatialErrors.ParseFailure} for bytes that are none. */
  public static Shape read(byte[] wkb) {
    try {
      ByteBuffer b = ByteBuffer.wrap(wkb);
      Shape s = read(b, 0);
      if (b.hasRemaining()) {
        throw SpatialErrors.invalidBinary();
      }
      return s;
    } catch (java.nio.BufferUnderflowException e) {
      throw SpatialErrors.invalidBinary();
    }
  }

  private static Shape read(ByteBuffer b, int depth) {
    if (depth > MAX_DEPTH) {
      throw SpatialErrors.invalidBinary();
    }
    int order = b.get();
    if (order != 0 && order != 1) {
      throw SpatialErrors.invalidBinary();
    }
    b.order(order == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    int code = b.getInt();
    int dims = code / 1000;
    OgcType type = OgcType.of(code % 1000);
    if (type == null || dims > 3) {
      throw SpatialErrors.invalidBinary();
    }
    boolean z = dims == 1 || dims == 3;
    boolean m = dims == 2 || dims == 3;
    int stride = 16 + (z ? 8 : 0) + (m ? 8 : 0);
    return switch (type) {
      case POINT -> {
        Coord c = coord(b, z, m);
        yield Double.isNaN(c.x()) && Double.isNaN(c.y()) ? Shape.empty(type) : Shape.point(c);
      }
      case LINESTRING -> {
        List<Coord> path = path(b, z, m, stride);
        yield path.isEmpty() ? Shape.empty(type) : Shape.of(type, List.of(path));
      }
      case POLYGON -> {
        int rings = count(b, 4);
        List<List<Coord>> figures = new ArrayList<>();
        for (int i = 0; i < rings; i++) {
          figures.add(path(b, z, m, stride));
        }
        yield Shape.of(type, figures);
      }
      default -> {
        int n = count(b, 5);
        List<Shape> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          Shape child = read(b, depth + 1);
          if (type.memberType() != null && child.type() != type.memberType()) {
            throw SpatialErrors.invalidBinary();
          }
          children.add(child);
        }
        yield Shape.collection(type, children);
      }
    };
  }

  private static List<Coord> path(ByteBuffer b, boolean z, boolean m, int stride) {
    int n = count(b, stride);
    List<Coord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(coord(b, z, m));
    }
    return out;
  }

  private static Coord coord(ByteBuffer b, boolean z, boolean m) {
    double x = b.getDouble();
    double y = b.getDouble();
    return new Coord(x, y, z ? b.getDouble() : Double.NaN, m ? b.getDouble() : Double.NaN);
  }

  private static int count(ByteBuffer b, int itemSize) {
    int n = b.getInt();
    if (n < 0 || (long) n * itemSize > b.remaining()) {
      throw SpatialErrors.invalidBinary();
    }
    return n;
  }
}
