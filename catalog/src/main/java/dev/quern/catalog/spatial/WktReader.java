package dev.quern.catalog.spatial;

import dev.quern.catalog.spatial.SpatialErrors.ParseFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the well-known text (OGC Simple Features 7, with SQL Server's Z and M: {@code POINT(1 2 3
 * 4)}, {@code NULL} for an absent Z) into a {@link Shape}, with SQL Server's FormatExceptions:
 * 24112 empty input, 24114 a label it does not know, 24141 a number expected, 24142 a symbol
 * expected, 24111 text after the shape, 24117-24121 lines and rings too short or not closed.
 * Positions count as SqlGeometry's reader counts them: the end of the offending token.
 */
public final class WktReader {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final List<String> ARC_LABELS = List.of("CIRCULARSTRING", "COMPOUNDCURVE", "CURVEPOLYGON", "FULLGLOBE");

  private final String text;
  private int pos;

  private WktReader(String text) {
    this.text = text;
  }

  /** The shape of {@code wkt}; throws a {@link ParseFailure} for text that is no shape. */
  public static Shape read(String wkt) {
    WktReader r = new WktReader(wkt);
    r.skipSpaces();
    if (r.pos == wkt.length()) {
      throw SpatialErrors.emptyInput();
    }
    Shape s = r.taggedText();
    r.skipSpaces();
    if (r.pos != wkt.length()) {
      throw SpatialErrors.notValid();
    }
    return s;
  }

  private Shape taggedText() {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
      pos++;
    }
    String label = text.substring(start, pos);
    OgcType type = OgcType.ofLabel(label);
    if (type == null) {
      if (ARC_LABELS.contains(label.toUpperCase(Locale.ROOT))) {
        throw SpatialErrors.notSupported(label.toUpperCase(Locale.ROOT));
      }
      throw SpatialErrors.invalidLabel(text.substring(start));
    }
    if (acceptEmpty()) {
      return Shape.empty(type);
    }
    return switch (type) {
      case POINT -> pointText();
      case LINESTRING -> Shape.of(type, List.of(line()));
      case POLYGON -> Shape.of(type, rings());
      case MULTIPOINT -> Shape.collection(type, multiPoint());
      case MULTILINESTRING -> Shape.collection(type, members(() -> Shape.of(OgcType.LINESTRING, List.of(line())),
          OgcType.LINESTRING));
      case MULTIPOLYGON -> Shape.collection(type, members(() -> Shape.of(OgcType.POLYGON, rings()), OgcType.POLYGON));
      case GEOMETRYCOLLECTION -> Shape.collection(type, members(this::taggedText, null));
    };
  }

  private Shape pointText() {
    expect('(');
    Coord c = coord();
    expect(')');
    return Shape.point(c);
  }

  /** A multi-type's members, each EMPTY or its text. */
  private List<Shape> members(java.util.function.Supplier<Shape> member, OgcType emptyType) {
    expect('(');
    List<Shape> out = new ArrayList<>();
    do {
      out.add(emptyType != null && acceptEmpty() ? Shape.empty(emptyType) : member.get());
    } while (accept(','));
    expect(')');
    return out;
  }

  /** MULTIPOINT((1 2), (3 4)) or, as SQL Server also reads it, MULTIPOINT(1 2, 3 4). */
  private List<Shape> multiPoint() {
    expect('(');
    List<Shape> out = new ArrayList<>();
    do {
      if (acceptEmpty()) {
        out.add(Shape.empty(OgcType.POINT));
      } else if (accept('(')) {
        out.add(Shape.point(coord()));
        expect(')');
      } else {
        out.add(Shape.point(coord()));
      }
    } while (accept(','));
    expect(')');
    return out;
  }

  private List<Coord> line() {
    List<Coord> points = coords();
    if (points.size() < 2) {
      throw SpatialErrors.lineTooShort();
    }
    return points;
  }

  private List<List<Coord>> rings() {
    expect('(');
    List<List<Coord>> rings = new ArrayList<>();
    do {
      List<Coord> ring = coords();
      int interior = rings.size();
      if (ring.size() < 4) {
        throw SpatialErrors.ringTooShort(interior);
      }
      if (!ring.getFirst().samePlace(ring.getLast())) {
        throw SpatialErrors.ringNotClosed(interior);
      }
      rings.add(ring);
    } while (accept(','));
    expect(')');
    return rings;
  }

  private List<Coord> coords() {
    expect('(');
    List<Coord> out = new ArrayList<>();
    do {
      out.add(coord());
    } while (accept(','));
    expect(')');
    return out;
  }

  /** x y [z [m]], z possibly NULL. */
  private Coord coord() {
    double x = number();
    double y = number();
    double z = Double.NaN;
    double m = Double.NaN;
    if (atValue()) {
      z = acceptNull() ? Double.NaN : number();
      if (atValue()) {
        m = acceptNull() ? Double.NaN : number();
      }
    }
    return new Coord(x, y, z, m);
  }

  private boolean atValue() {
    skipSpaces();
    return pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ')';
  }

  private double number() {
    skipSpaces();
    int start = pos;
    int end = start;
    // A token runs to a space or parenthesis; a comma ends it unless it starts it (SqlGeometry's reader).
    while (end < text.length() && !isDelimiter(text.charAt(end)) && (end == start || text.charAt(end) != ',')) {
      end++;
    }
    String token = text.substring(start, end);
    if (token.isEmpty() && end == text.length()) {
      throw SpatialErrors.format(24209, "Unexpected end of input. Check that the input data is complete and has not"
          + " been truncated.");
    }
    if (!NUMBER.matcher(token).matches()) {
      throw SpatialErrors.numberExpected(end, token.isEmpty() ? String.valueOf(text.charAt(end)) : token);
    }
    pos = end;
    return Double.parseDouble(token);
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')';
  }

  private boolean acceptNull() {
    return acceptWord("NULL");
  }

  private boolean acceptEmpty() {
    return acceptWord("EMPTY");
  }

  private boolean acceptWord(String word) {
    skipSpaces();
    int end = pos + word.length();
    if (end <= text.length() && text.substring(pos, end).equalsIgnoreCase(word)
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
      pos = end;
      return true;
    }
    return false;
  }

  private boolean accept(char c) {
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      if (pos == text.length()) {
        throw SpatialErrors.format(24209, "Unexpected end of input. Check that the input data is complete and has"
            + " not been truncated.");
      }
      int end = pos;
      while (end < text.length() && !isDelimiter(text.charAt(end)) && text.charAt(end) != ',') {
        end++;
      }
      String token = end == pos ? String.valueOf(text.charAt(pos)) : text.substring(pos, end);
      throw SpatialErrors.tokenExpected(String.valueOf(c), Math.max(end, pos + 1), token);
    }
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
