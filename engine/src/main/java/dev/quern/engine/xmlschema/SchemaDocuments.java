package dev.quern.engine.xmlschema;

import dev.quern.engine.error.XmlSchemaErrors;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The {@code xsd:schema} elements of the text a CREATE or ALTER XML SCHEMA COLLECTION imports: one
 * or more of them side by side (each a namespace, "CREATE XML SCHEMA COLLECTION": "the schema
 * component can be one or more xsd:schema elements"), each kept as its own document text. Text that
 * is no schema document is 2378; badly formed XML is SQL Server's parsing error.
 */
public final class SchemaDocuments {
  public static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;

  private SchemaDocuments() {}

  /** The schema documents of {@code text}, each serialized alone; empty text imports nothing. */
  public static List<String> split(String text) {
    String body = withoutDeclaration(text);
    if (body.isBlank()) {
      return List.of();
    }
    Element wrapper = parse("<quern-schemas>" + body + "</quern-schemas>").getDocumentElement();
    List<String> out = new ArrayList<>();
    for (Node n = wrapper.getFirstChild(); n != null; n = n.getNextSibling()) {
      switch (n.getNodeType()) {
        case Node.ELEMENT_NODE -> {
          if (!XSD.equals(n.getNamespaceURI()) || !"schema".equals(n.getLocalName())) {
            throw XmlSchemaErrors.EXPECTED_SCHEMA.raise();
          }
          out.add(serialize((Element) n));
        }
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
          if (!n.getNodeValue().isBlank()) {
            throw XmlSchemaErrors.EXPECTED_SCHEMA.raise();
          }
        }
        default -> { } // comments and processing instructions carry nothing
      }
    }
    if (out.isEmpty()) {
      throw XmlSchemaErrors.EXPECTED_SCHEMA.raise();
    }
    return out;
  }

  /** A stored document as a DOM element (it was checked when imported). */
  public static Element element(String document) {
    return parse(document).getDocumentElement();
  }

  /** The targetNamespace of a schema element; "" for none, as sys.xml_schema_namespaces shows it. */
  public static String targetNamespace(Element schema) {
    return schema.getAttribute("targetNamespace");
  }

  /** An element as a document of its own, its in-scope namespace declarations kept. */
  static String serialize(Element e) {
    Document own = newDocument();
    Element copy = (Element) own.importNode(e, true);
    for (Node p = e.getParentNode(); p instanceof Element parent; p = p.getParentNode()) {
      var attrs = parent.getAttributes();
      for (int i = 0; i < attrs.getLength(); i++) {
        Node a = attrs.item(i);
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI()) && !copy.hasAttribute(a.getNodeName())) {
          copy.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, a.getNodeName(), a.getNodeValue());
        }
      }
    }
    own.appendChild(copy);
    try {
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(own), new StreamResult(w));
      return w.toString();
    } catch (TransformerException ex) {
      throw new IllegalStateException("A DOM element always serializes", ex);
    }
  }

  /** Drops a leading XML declaration: the documents are read inside one wrapper element. */
  private static String withoutDeclaration(String text) {
    String s = text.stripLeading();
    if (!s.startsWith("\uFEFF") && !s.startsWith("<?xml")) {
      return s;
    }
    s = s.startsWith("\uFEFF") ? s.substring(1) : s;
    int end = s.startsWith("<?xml") ? s.indexOf("?>") : -1;
    return end < 0 ? s : s.substring(end + 2);
  }

  private static Document parse(String xml) {
    try {
      return factory().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      // The wrapper element takes the first line's first characters.
      int column = e.getLineNumber() == 1 ? e.getColumnNumber() - "<quern-schemas>".length() : e.getColumnNumber();
      throw dev.quern.engine.error.SqlErrors.XML_PARSING.raise(e.getLineNumber(), Math.max(1, column));
    } catch (SAXException | ParserConfigurationException e) {
      throw XmlSchemaErrors.EXPECTED_SCHEMA.raise();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringReader does not fail
    }
  }

  private static Document newDocument() {
    try {
      return factory().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Namespace-aware; no DTD, no external entity: a schema text is data from a client. */
  static DocumentBuilderFactory factory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's parser knows these features", e);
    }
    return f;
  }
}
