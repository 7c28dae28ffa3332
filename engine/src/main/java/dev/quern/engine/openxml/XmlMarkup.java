package dev.quern.engine.openxml;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The markup of an element of a prepared document, for an OPENXML column of type xml and
 * {@code @mp:xmltext}: namespace declarations first, as SQL Server writes them, including those of
 * ancestors that the element or its content uses.
 */
final class XmlMarkup {
  private XmlMarkup() {}

  static String of(Node element) {
    StringBuilder out = new StringBuilder();
    Map<String, String> inherited = new LinkedHashMap<>();
    for (Node a = element.getParentNode(); a != null && a.getNodeType() == Node.ELEMENT_NODE; a = a.getParentNode()) {
      declarations(a).forEach(inherited::putIfAbsent);
    }
    inherited.keySet().removeAll(declarations(element).keySet());
    inherited.keySet().retainAll(usedPrefixes(element, new java.util.HashSet<>()));
    write(element, inherited, out);
    return out.toString();
  }

  private static void write(Node n, Map<String, String> extra, StringBuilder out) {
    switch (n.getNodeType()) {
      case Node.ELEMENT_NODE -> {
        out.append('<').append(n.getNodeName());
        Map<String, String> declared = new LinkedHashMap<>(extra);
        declared.putAll(declarations(n));
        declared.forEach((prefix, uri) ->
            out.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"").append(escape(uri, true)).append('"'));
        NamedNodeMap attributes = n.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
          Attr a = (Attr) attributes.item(i);
          if (!PreparedXml.isNamespaceDeclaration(a)) {
            out.append(' ').append(a.getNodeName()).append("=\"").append(escape(a.getValue(), true)).append('"');
          }
        }
        if (n.getFirstChild() == null) {
          out.append("/>");
          return;
        }
        out.append('>');
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
          write(c, Map.of(), out);
        }
        out.append("</").append(n.getNodeName()).append('>');
      }
      case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(escape(n.getNodeValue(), false));
      case Node.COMMENT_NODE -> out.append("<!--").append(n.getNodeValue()).append("-->");
      case Node.PROCESSING_INSTRUCTION_NODE -> out.append("<?").append(n.getNodeName()).append(' ').append(n.getNodeValue()).append("?>");
      default -> {}
    }
  }

  /** The namespace declarations written on {@code element}: prefix ("" for the default) to URI. */
  private static Map<String, String> declarations(Node element) {
    Map<String, String> out = new LinkedHashMap<>();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (PreparedXml.isNamespaceDeclaration(a)) {
        out.put("xmlns".equals(a.getNodeName()) ? "" : a.getLocalName(), a.getValue());
      }
    }
    return out;
  }

  private static java.util.Set<String> usedPrefixes(Node n, java.util.Set<String> out) {
    if (n.getNodeType() == Node.ELEMENT_NODE) {
      out.add(n.getPrefix() == null ? "" : n.getPrefix());
      NamedNodeMap attributes = n.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        if (!PreparedXml.isNamespaceDeclaration(a) && a.getPrefix() != null) {
          out.add(a.getPrefix());
        }
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
        usedPrefixes(c, out);
      }
    }
    return out;
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append(attribute ? ">" : "&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
