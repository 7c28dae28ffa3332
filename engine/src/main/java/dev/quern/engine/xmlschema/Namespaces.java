package dev.quern.engine.xmlschema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A collection's documents grouped by target namespace, in the order the namespaces were first
 * imported: an ALTER … ADD of components to a namespace the collection has joins them to that
 * namespace's schema, as SQL Server keeps one schema per namespace (XML_SCHEMA_NAMESPACE shows it so).
 */
public final class Namespaces {
  private final Map<String, Element> byNamespace = new LinkedHashMap<>();

  private Namespaces() {}

  /** The namespaces of {@code documents}, each a merged {@code xsd:schema} element. */
  public static Namespaces of(List<String> documents) {
    Namespaces n = new Namespaces();
    for (String d : documents) {
      n.add(SchemaDocuments.element(d));
    }
    return n;
  }

  private void add(Element schema) {
    String ns = SchemaDocuments.targetNamespace(schema);
    Element into = byNamespace.get(ns);
    if (into == null) {
      byNamespace.put(ns, schema);
      return;
    }
    for (Node c = schema.getFirstChild(); c != null; c = c.getNextSibling()) {
      Node copy = into.getOwnerDocument().importNode(c, true);
      if (copy instanceof Element e) {
        declarePrefixes(schema, e); // its QName values (type="xs:int") keep their prefixes' meaning
      }
      into.appendChild(copy);
    }
  }

  private static void declarePrefixes(Element from, Element onto) {
    var attrs = from.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI()) && !onto.hasAttribute(a.getNodeName())) {
        onto.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getNodeName(), a.getNodeValue());
      }
    }
  }

  /** The target namespaces ("" for none) in import order. */
  public List<String> uris() {
    return new ArrayList<>(byNamespace.keySet());
  }

  /** The merged schema of {@code uri}, or null. */
  public Element schema(String uri) {
    return byNamespace.get(uri);
  }

  /** The top-level components of every namespace, in namespace then document order. */
  public List<SchemaComponent> components() {
    List<SchemaComponent> out = new ArrayList<>();
    int ns = 0;
    for (Map.Entry<String, Element> e : byNamespace.entrySet()) {
      ns++;
      for (Node c = e.getValue().getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element el && SchemaDocuments.XSD.equals(el.getNamespaceURI())) {
          SchemaComponent.of(e.getKey(), ns, el).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** The schema of {@code uri} as text (XML_SCHEMA_NAMESPACE). */
  public String text(String uri) {
    return SchemaDocuments.serialize(byNamespace.get(uri));
  }
}
