package dev.quern.engine.xmlschema;

import dev.quern.catalog.meta.XmlSchemaCollection;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.error.XmlSchemaErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A collection's documents compiled by the JDK's XSD processor into one {@link Schema} (thread-safe,
 * shared by every validation). Compiled schemas are cached by collection and its last change, as
 * compiling is far dearer than validating one instance.
 */
public final class CompiledCollection {
  /** Bounds the cache: past it the cache starts over (schemas are rebuilt on use). */
  private static final int CACHE_LIMIT = 256;
  private static final Map<String, CompiledCollection> CACHE = new ConcurrentHashMap<>();
  /** Xerces' src-resolve texts: the unresolved QName, and its namespace when Xerces names it. */
  private static final Pattern UNRESOLVED = Pattern.compile("'([^']*)'");
  private static final Pattern IN_NAMESPACE = Pattern.compile("is in namespace '([^']*)'");

  private final Schema schema;
  private final Namespaces namespaces;

  private CompiledCollection(Schema schema, Namespaces namespaces) {
    this.schema = schema;
    this.namespaces = namespaces;
  }

  /** The collection compiled (from the cache when it has not changed since). */
  public static CompiledCollection of(XmlSchemaCollection c) {
    String key = c.databaseId() + ":" + c.collectionId() + ":" + c.modified().toEpochMilli() + ":"
        + c.documents().size() + ":" + c.documents().hashCode();
    CompiledCollection found = CACHE.get(key);
    if (found != null) {
      return found;
    }
    CompiledCollection compiled = compile(c.documents());
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(key, compiled);
    return compiled;
  }

  /** Compiles {@code documents}; SQL Server's error for the first problem the processor reports. */
  public static CompiledCollection compile(List<String> documents) {
    Namespaces ns = Namespaces.of(documents);
    for (String uri : ns.uris()) {
      refuseUnsupported(ns.schema(uri));
    }
    List<Source> sources = new ArrayList<>();
    for (String uri : ns.uris()) {
      sources.add(new DOMSource(ns.schema(uri)));
    }
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); // imports name namespaces of the collection only
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setErrorHandler(FIRST_ERROR);
      return new CompiledCollection(f.newSchema(sources.toArray(Source[]::new)), ns);
    } catch (SAXParseException e) {
      throw translate(e);
    } catch (SAXException e) {
      throw XmlSchemaErrors.EXPECTED_SCHEMA.raise();
    }
  }

  public Schema schema() {
    return schema;
  }

  public Namespaces namespaces() {
    return namespaces;
  }

  /** Identity constraints (9336) and redefinitions (2391) SQL Server does not take. */
  private static void refuseUnsupported(Element schema) {
    if (schema.getElementsByTagNameNS(SchemaDocuments.XSD, "redefine").getLength() > 0) {
      throw XmlSchemaErrors.REDEFINE.raise();
    }
    for (String construct : List.of("unique", "key", "keyref")) {
      NodeList found = schema.getElementsByTagNameNS(SchemaDocuments.XSD, construct);
      if (found.getLength() > 0) {
        throw XmlSchemaErrors.UNSUPPORTED_SYNTAX.raise(construct);
      }
    }
  }

  private static SqlException translate(SAXParseException e) {
    String text = e.getMessage() == null ? "" : e.getMessage();
    Matcher m = UNRESOLVED.matcher(text);
    if (text.startsWith("src-resolve") && m.find()) {
      String local = m.group(1).substring(m.group(1).indexOf(':') + 1);
      Matcher ns = IN_NAMESPACE.matcher(text);
      return ns.find() ? XmlSchemaErrors.UNDEFINED_NAME_IN.raise(local, ns.group(1))
          : XmlSchemaErrors.UNDEFINED_NAME.raise(local);
    }
    return XmlSchemaErrors.EXPECTED_SCHEMA.raise();
  }

  /** Stops at the first error or warning-level problem the processor finds. */
  private static final ErrorHandler FIRST_ERROR = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };
}
