package dev.quern.engine.showplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small mutable XML element (name, attributes in insertion order, child elements), enough to
 * build a showplan document without a DOM; {@link #write} serializes it with XML escaping.
 */
final class XmlElement {
  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<XmlElement> children = new ArrayList<>();

  XmlElement(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  XmlElement attr(String key, Object value) {
    if (value != null) {
      attributes.put(key, String.valueOf(value));
    }
    return this;
  }

  XmlElement add(XmlElement child) {
    children.add(child);
    return this;
  }

  /** A new child element, returned to fill in. */
  XmlElement child(String childName) {
    XmlElement c = new XmlElement(childName);
    children.add(c);
    return c;
  }

  void copyAttributes(XmlElement from) {
    attributes.putAll(from.attributes);
  }

  List<XmlElement> children() {
    return children;
  }

  void write(StringBuilder out) {
    out.append('<').append(name);
    attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
    if (children.isEmpty()) {
      out.append(" />");
      return;
    }
    out.append('>');
    for (XmlElement c : children) {
      c.write(out);
    }
    out.append("</").append(name).append('>');
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\n' -> sb.append("&#xA;");
        case '\r' -> sb.append("&#xD;");
        case '\t' -> sb.append("&#x9;");
        default -> {
          // XML 1.0 cannot hold the other control characters, even escaped: they are left out.
          if (c >= 0x20) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
