package dev.quern.engine.openxml;

import dev.quern.engine.error.SqlErrors;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * One session's prepared XML documents by handle. They live until sp_xml_removedocument, a pooled
 * connection's reset, or the session's end, as in SQL Server. Handles count up from 1 in each
 * session.
 */
public final class XmlDocuments {
  private final Map<Integer, PreparedXml> documents = new HashMap<>();
  private int nextHandle = 1;

  /**
   * Parses {@code text} (prefixes for XPath declared on the root element of {@code namespaces},
   * as {@code <root xmlns:a="urn:a"/>}) and keeps it; 6602 with the parser's description when it
   * is not well-formed.
   */
  public int prepare(String text, String namespaces) {
    Document document = parse(text);
    NamespaceContext context = namespaces == null ? prefixes(null) : prefixes(parse(namespaces).getDocumentElement());
    int handle = nextHandle++;
    documents.put(handle, new PreparedXml(document, context, text.length()));
    return handle;
  }

  /** Frees a document; false when no document has the handle. */
  public boolean remove(int handle) {
    return documents.remove(handle) != null;
  }

  /** The document of {@code handle}; 8179 when there is none, as SQL Server answers OPENXML. */
  public PreparedXml get(Integer handle) {
    PreparedXml d = handle == null ? null : documents.get(handle);
    if (d == null) {
      throw SqlErrors.PREPARED_HANDLE_NOT_FOUND.raise(handle == null ? 0 : handle);
    }
    return d;
  }

  /** Frees every document (session end, connection reset). */
  public void clear() {
    documents.clear();
  }

  public int size() {
    return documents.size();
  }

  private static Document parse(String text) {
    try {
      return builder().parse(new InputSource(new StringReader(text)));
    } catch (SAXException e) {
      throw SqlErrors.XML_PARSE_DESCRIPTION.raise(e.getMessage() == null ? "The XML is not well-formed." : e.getMessage());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * A namespace-aware parser that resolves no external entity and loads no external DTD; internal
   * entities expand (within the JDK's secure-processing limits), as MSXML expands them.
   */
  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setXIncludeAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null); // errors come back as exceptions, not printed
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The prefixes {@code root} declares (none for null), plus xml's own. */
  private static NamespaceContext prefixes(Element root) {
    Map<String, String> map = new HashMap<>();
    map.put(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI);
    if (root != null) {
      NamedNodeMap attributes = root.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        if ("xmlns".equals(a.getPrefix())) {
          map.put(a.getLocalName(), a.getValue());
        }
      }
    }
    return new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return map.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
      }

      @Override
      public String getPrefix(String uri) {
        return map.entrySet().stream().filter(e -> e.getValue().equals(uri)).map(Map.Entry::getKey).findFirst().orElse(null);
      }

      @Override
      public Iterator<String> getPrefixes(String uri) {
        return map.entrySet().stream().filter(e -> e.getValue().equals(uri)).map(Map.Entry::getKey).iterator();
      }
    };
  }
}
