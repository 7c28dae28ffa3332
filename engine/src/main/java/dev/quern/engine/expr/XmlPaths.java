package dev.quern.engine.expr;

import dev.quern.engine.error.SqlErrors;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentFragment;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads one value out of an xml value by a path, as the xml type's value() method does: the value
 * is parsed as a fragment (several top-level nodes, text among them, as SQL Server's xml holds),
 * whose root the path's {@code /} names; the string value of the first node the path selects, or
 * null when it selects none. Paths go to the JDK's XPath 1.0, which reads the path forms value()
 * is given ({@code .}, {@code (/a/b)[1]}, {@code /a[1]/@id}, {@code (//x/text())[1]}).
 */
final class XmlPaths {
  private XmlPaths() {}

  static String value(String xml, String path) {
    DocumentFragment fragment = parse(xml);
    XPath xpath = XPathFactory.newInstance().newXPath();
    try {
      NodeList nodes = (NodeList) xpath.evaluate(path, fragment, XPathConstants.NODESET);
      return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    } catch (XPathExpressionException notNodes) {
      try {
        return (String) xpath.evaluate(path, fragment, XPathConstants.STRING);
      } catch (XPathExpressionException e) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery expression '" + path + "'");
      }
    }
  }

  private static DocumentFragment parse(String xml) {
    String wrapped = "<q>" + xml + "</q>";
    Document doc;
    try {
      doc = builder().parse(new InputSource(new StringReader(wrapped)));
    } catch (SAXParseException e) {
      int column = e.getLineNumber() == 1 ? Math.max(1, e.getColumnNumber() - 3) : e.getColumnNumber();
      throw SqlErrors.XML_PARSING.raise(e.getLineNumber(), column);
    } catch (SAXException | java.io.IOException e) {
      throw SqlErrors.XML_PARSING.raise(1, 1);
    }
    Element wrapper = doc.getDocumentElement();
    DocumentFragment fragment = doc.createDocumentFragment();
    while (wrapper.getFirstChild() != null) {
      fragment.appendChild(wrapper.getFirstChild());
    }
    doc.removeChild(wrapper);
    fragment.normalize(); // one text node per run of text, entities and all, as XQuery sees it
    return fragment;
  }

  /** A parser that reads no DTD and no external entity: the text is data, not instructions. */
  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
