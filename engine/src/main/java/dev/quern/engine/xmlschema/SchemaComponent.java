package dev.quern.engine.xmlschema;

import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A top-level component of a schema, as sys.xml_schema_components lists it: its symbol space
 * (T type, E element, A attribute, M model group, G attribute group), kind ("XML Schema
 * Collections (SQL Server)": S simple type, L list, U union, K complex type, C complex simple type,
 * E element, A attribute, M model group, G attribute group) and derivation (N none, X extension,
 * R restriction).
 *
 * @param namespaceOrdinal the 1-based xml_namespace_id of its namespace in the collection
 */
public record SchemaComponent(
    String namespace, int namespaceOrdinal, String name, char symbolSpace, char kind, char derivation,
    boolean qualified) {

  /** Top-level components are qualified by their schema's namespace, when it has one. */
  static Optional<SchemaComponent> of(String ns, int ordinal, Element e) {
    String name = e.getAttribute("name");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(switch (e.getLocalName()) {
      case "element" -> new SchemaComponent(ns, ordinal, name, 'E', 'E', 'N', !ns.isEmpty());
      case "attribute" -> new SchemaComponent(ns, ordinal, name, 'A', 'A', 'N', !ns.isEmpty());
      case "group" -> new SchemaComponent(ns, ordinal, name, 'M', 'M', 'N', !ns.isEmpty());
      case "attributeGroup" -> new SchemaComponent(ns, ordinal, name, 'G', 'G', 'N', !ns.isEmpty());
      case "simpleType" -> simple(ns, ordinal, name, e);
      case "complexType" -> complex(ns, ordinal, name, e);
      default -> null;
    });
  }

  private static SchemaComponent simple(String ns, int ordinal, String name, Element e) {
    Element how = firstXsdChild(e);
    String by = how == null ? "" : how.getLocalName();
    char kind = by.equals("list") ? 'L' : by.equals("union") ? 'U' : 'S';
    char derivation = by.equals("restriction") ? 'R' : 'N';
    return new SchemaComponent(ns, ordinal, name, 'T', kind, derivation, !ns.isEmpty());
  }

  private static SchemaComponent complex(String ns, int ordinal, String name, Element e) {
    Element content = firstXsdChild(e);
    boolean simpleContent = content != null && content.getLocalName().equals("simpleContent");
    char derivation = 'N';
    if (content != null && (simpleContent || content.getLocalName().equals("complexContent"))) {
      Element how = firstXsdChild(content);
      derivation = how == null ? 'N' : how.getLocalName().equals("extension") ? 'X' : 'R';
    }
    return new SchemaComponent(ns, ordinal, name, 'T', simpleContent ? 'C' : 'K', derivation, !ns.isEmpty());
  }

  private static Element firstXsdChild(Element e) {
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child && SchemaDocuments.XSD.equals(child.getNamespaceURI())
          && !child.getLocalName().equals("annotation")) {
        return child;
      }
    }
    return null;
  }

  public String symbolSpaceDesc() {
    return switch (symbolSpace) {
      case 'T' -> "TYPE";
      case 'E' -> "ELEMENT";
      case 'A' -> "ATTRIBUTE";
      case 'M' -> "MODEL_GROUP";
      case 'G' -> "ATTRIBUTE_GROUP";
      default -> "NONE";
    };
  }

  public String kindDesc() {
    return switch (kind) {
      case 'S' -> "SIMPLE_TYPE";
      case 'L' -> "LIST_TYPE";
      case 'U' -> "UNION_TYPE";
      case 'K' -> "COMPLEX_TYPE";
      case 'C' -> "COMPLEX_SIMPLE_TYPE";
      case 'E' -> "ELEMENT";
      case 'A' -> "ATTRIBUTE";
      case 'M' -> "MODEL_GROUP";
      case 'G' -> "ATTRIBUTE_GROUP";
      default -> "NONE";
    };
  }

  public String derivationDesc() {
    return switch (derivation) {
      case 'X' -> "EXTENSION";
      case 'R' -> "RESTRICTION";
      default -> "NONE";
    };
  }
}
