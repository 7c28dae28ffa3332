package dev.quern.engine.exec.op;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.expr.XmlEscaping;
import dev.quern.engine.plan.ForXmlNode;
import dev.quern.engine.plan.ForXmlNode.Kind;
import dev.quern.engine.plan.ForXmlNode.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes rows as FOR XML elements. The elements a column's node lies in are opened as it comes
 * and stay open while the next columns' paths go through them; a start tag is left open for
 * attributes until content comes, and an element with nothing in it closes as {@code <a/>}. A NULL
 * writes nothing (an {@code xsi:nil} element under XSINIL) but still closes the elements the
 * column is outside of, so the layout is the one the binder checked. Values by type, as SQL Server
 * writes them: bit as 1/0, float in scientific notation, dates and times in ISO 8601, binary in
 * base64, xml as it is, other text escaped ({@link #escape}).
 */
final class ForXmlWriter {
  private static final String XSI = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

  private final List<Node> nodes;
  private final String rowName;
  private final boolean xsinil;
  /** Whether the elements this writer opens at its outermost level carry the xsi declaration. */
  private final boolean declareXsi;
  /** The WITH XMLNAMESPACES declarations those elements carry when there is no ROOT to carry them. */
  private final String topDeclarations;
  /** The elements open in the row being written, outermost first, and whether each start tag is still open. */
  private final List<String> open = new ArrayList<>();
  private final List<Boolean> startTagOpen = new ArrayList<>();
  /** Whether the last thing written was a data() value, which the next one is a space apart from. */
  private boolean afterData;

  ForXmlWriter(ForXmlNode node) {
    this.nodes = node.nodes();
    this.rowName = node.rowName();
    this.xsinil = node.xsinil();
    this.declareXsi = node.xsinil() && node.root() == null;
    this.topDeclarations = node.root() == null ? node.namespaceDeclarations() : "";
  }

  void writeRow(StringBuilder sb, Object[] row) {
    open.clear();
    startTagOpen.clear();
    int base = 0;
    if (rowName != null) {
      openElement(sb, rowName);
      base = 1;
    }
    for (int c = 0; c < nodes.size(); c++) {
      Node n = nodes.get(c);
      Object value = row[c];
      boolean nil = value == null && xsinil && n.kind() == Kind.ELEMENT;
      List<String> path = n.elements();
      int common = 0;
      while (common < path.size() && base + common < open.size() && open.get(base + common).equals(path.get(common))) {
        common++;
      }
      while (open.size() > base + common) {
        close(sb);
      }
      if (value == null && !nil) {
        continue; // left out, after closing what it is outside of
      }
      if (nil) {
        for (int k = common; k < path.size() - 1; k++) {
          openElement(sb, path.get(k));
        }
        startContent(sb);
        sb.append('<').append(path.getLast());
        if (open.isEmpty()) {
          sb.append(topDeclarations).append(declareXsi ? XSI : "");
        }
        sb.append(" xsi:nil=\"true\"/>");
        continue;
      }
      for (int k = common; k < path.size(); k++) {
        openElement(sb, path.get(k));
      }
      switch (n.kind()) {
        case ATTRIBUTE -> {
          sb.append(' ').append(n.name()).append("=\"");
          XmlEscaping.escape(sb, text(value, n.type()), true);
          sb.append('"');
        }
        case ELEMENT, TEXT -> {
          startContent(sb);
          writeValue(sb, value, n);
        }
        case PROCESSING_INSTRUCTION -> {
          startContent(sb);
          String content = text(value, n.type());
          sb.append("<?").append(n.name()).append(content.isEmpty() ? "" : " ").append(content).append("?>");
        }
        case COMMENT -> {
          startContent(sb);
          sb.append("<!--").append(text(value, n.type())).append("-->");
        }
        case DATA -> {
          boolean space = afterData;
          startContent(sb);
          if (space) {
            sb.append(' ');
          }
          writeValue(sb, value, n);
          afterData = true;
        }
      }
    }
    while (!open.isEmpty()) {
      close(sb);
    }
  }

  private void writeValue(StringBuilder sb, Object value, Node n) {
    if (n.xml()) {
      sb.append((String) value);
    } else {
      XmlEscaping.escape(sb, text(value, n.type()), false);
    }
  }

  private void openElement(StringBuilder sb, String name) {
    startContent(sb);
    sb.append('<').append(name);
    if (open.isEmpty()) {
      sb.append(topDeclarations).append(declareXsi ? XSI : "");
    }
    open.add(name);
    startTagOpen.add(true);
  }

  /** Ends the innermost element's start tag, if still open, before content goes into it. */
  private void startContent(StringBuilder sb) {
    afterData = false;
    if (!startTagOpen.isEmpty() && startTagOpen.getLast()) {
      sb.append('>');
      startTagOpen.set(startTagOpen.size() - 1, false);
    }
  }

  private void close(StringBuilder sb) {
    afterData = false;
    String name = open.removeLast();
    if (startTagOpen.removeLast()) {
      sb.append("/>");
    } else {
      sb.append("</").append(name).append('>');
    }
  }

  /** A value's text, as FOR XML writes it. */
  static String text(Object value, SqlType type) {
    return switch (value) {
      case String s -> s;
      case Boolean b -> b ? "1" : "0";
      case Byte b -> Integer.toString(b & 0xFF);
      case Short s -> s.toString();
      case Integer i -> i.toString();
      case Long l -> l.toString();
      case BigDecimal d -> d.toPlainString();
      case Double d -> scientific(d, 15);
      case Float f -> scientific(f, 7);
      case byte[] b -> Base64.getEncoder().encodeToString(b);
      default -> {
        boolean temporal = switch (type.id()) {
          case DATE, TIME, DATETIME, DATETIME2, SMALLDATETIME, DATETIMEOFFSET -> true;
          default -> false;
        };
        yield String.valueOf(
            Conversions.convert(value, type, SqlTypes.NVARCHAR_MAX, temporal ? 126 : Conversions.NO_STYLE));
      }
    };
  }

  /**
   * A float as SQL Server's xml writes it: one digit, {@code digits} decimals, a signed exponent of
   * at least three digits ({@code 2.500000000000000e+000}).
   */
  static String scientific(double d, int digits) {
    String s = String.format(java.util.Locale.ROOT, "%." + digits + "e", d);
    int e = s.indexOf('e');
    String exponent = s.substring(e + 2);
    while (exponent.length() < 3) {
      exponent = "0" + exponent;
    }
    return s.substring(0, e + 2) + exponent;
  }
}
