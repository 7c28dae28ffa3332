package dev.quern.engine.expr;

import dev.quern.engine.error.SqlErrors;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentFragment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Parses an xml value into a DOM fragment (several top-level nodes, text among them, as SQL
 * Server's xml holds) the path evaluator walks. The DOM is built from the parser's events rather
 * than by a DocumentBuilder for two things SQL Server's xml keeps and a DOM does not: each element
 * remembers its attributes' document order ({@link #attributeOrder}; a DOM lists them by name), and
 * whitespace-only text between markup is dropped, as SQL Server drops insignificant whitespace.
 */
final class XmlFragmentReader {
  private XmlFragmentReader() {}

  static final String ATTRIBUTE_ORDER = "quern.attributeOrder";

  /** The element's attribute names in document order (null for an element not read here). */
  @SuppressWarnings("unchecked")
  static List<String> attributeOrder(Node element) {
    return (List<String>) element.getUserData(ATTRIBUTE_ORDER);
  }

  static DocumentFragment parse(String xml) {
    return parse(xml, newDocument());
  }

  /** Parses {@code xml} into a fragment of {@code doc}: modify() builds what it inserts this way. */
  static DocumentFragment parse(String xml, Document doc) {
    return parse(xml, doc, XQueryNamespaces.NONE);
  }

  /**
   * Parses {@code xml} into a fragment of {@code doc}, its prefixes and unprefixed element names
   * resolved by {@code namespaces} where it does not declare them itself: an XQuery constructor's
   * names are in its query's namespaces.
   */
  static DocumentFragment parse(String xml, Document doc, XQueryNamespaces namespaces) {
    Builder builder = new Builder(doc);
    StringBuilder wrapper = new StringBuilder("<q");
    namespaces.prefixes().forEach((p, u) -> declare(wrapper, ":" + p, u));
    if (namespaces.defaultElement() != null) {
      declare(wrapper, "", namespaces.defaultElement());
    }
    try {
      SAXParser parser = parsers().newSAXParser();
      parser.setProperty("http://xml.org/sax/properties/lexical-handler", builder);
      parser.parse(new InputSource(new StringReader(wrapper + ">" + xml + "</q>")), builder);
    } catch (SAXParseException e) {
      int column = e.getLineNumber() == 1 ? Math.max(1, e.getColumnNumber() - wrapper.length() - 1) : e.getColumnNumber();
      throw SqlErrors.XML_PARSING.raise(e.getLineNumber(), column);
    } catch (SAXException | ParserConfigurationException | java.io.IOException e) {
      throw SqlErrors.XML_PARSING.raise(1, 1);
    }
    return builder.fragment;
  }

  private static void declare(StringBuilder sb, String suffix, String uri) {
    sb.append(" xmlns").append(suffix).append("=\"");
    XmlEscaping.escape(sb, uri, true);
    sb.append('"');
  }

  /** A parser that reads no DTD and no external entity: the text is data, not instructions. */
  private static SAXParserFactory parsers() throws SAXException, ParserConfigurationException {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    // the namespace declarations come as attributes too: the text written back keeps them
    f.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f;
  }

  private static Document newDocument() {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds the DOM from the parse events; the wrapper element {@code <q>} becomes the fragment. */
  private static final class Builder extends DefaultHandler2 {
    private final Document doc;
    private final DocumentFragment fragment;
    private Node current;
    private int depth;
    private final StringBuilder text = new StringBuilder();

    Builder(Document doc) {
      this.doc = doc;
      this.fragment = doc.createDocumentFragment();
      this.current = fragment;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (depth++ == 0) {
        return; // the wrapper
      }
      flushText();
      Element e = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
      List<String> order = new ArrayList<>(attributes.getLength());
      for (int i = 0; i < attributes.getLength(); i++) {
        String name = attributes.getQName(i);
        boolean declaration = name.equals("xmlns") || name.startsWith("xmlns:");
        String ns = declaration ? XMLConstants.XMLNS_ATTRIBUTE_NS_URI : attributes.getURI(i);
        e.setAttributeNS(ns == null || ns.isEmpty() ? null : ns, name, attributes.getValue(i));
        order.add(name);
      }
      e.setUserData(ATTRIBUTE_ORDER, order, null);
      current.appendChild(e);
      current = e;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      flushText();
      if (--depth > 0) {
        current = current.getParentNode();
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      text.append(ch, start, length);
    }

    @Override
    public void comment(char[] ch, int start, int length) {
      if (depth > 0) {
        flushText();
        current.appendChild(doc.createComment(new String(ch, start, length)));
      }
    }

    @Override
    public void processingInstruction(String target, String data) {
      if (depth > 0) {
        flushText();
        current.appendChild(doc.createProcessingInstruction(target, data));
      }
    }

    /** One text node per run of text (entities and CDATA included), none for whitespace alone. */
    private void flushText() {
      if (!text.isEmpty() && !text.toString().isBlank()) {
        current.appendChild(doc.createTextNode(text.toString()));
      }
      text.setLength(0);
    }
  }
}
