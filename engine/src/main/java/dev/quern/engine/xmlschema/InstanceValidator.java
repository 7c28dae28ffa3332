package dev.quern.engine.xmlschema;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.error.XmlSchemaErrors;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates an instance assigned to {@code xml(CONTENT | DOCUMENT collection)} ("Compare Typed
 * XML to Untyped XML"): every top-level element against the collection's global declarations,
 * one at a time, since CONTENT admits several; DOCUMENT admits exactly one and no top-level text
 * (6901). The instance is read inside a wrapper element of our own, which is never validated.
 */
public final class InstanceValidator {
  private static final String WRAPPER = "quern-instance";

  private InstanceValidator() {}

  /** Raises SQL Server's "XML Validation" error for the first problem of {@code xml}, if any. */
  public static void validate(String xml, CompiledCollection collection, boolean document) {
    String body = withoutDeclaration(xml);
    if (body.isBlank()) {
      if (document) {
        throw XmlSchemaErrors.NOT_A_DOCUMENT.raise();
      }
      return;
    }
    Forwarder f = new Forwarder(collection.schema().newValidatorHandler(), document);
    try {
      var parser = parsers().newSAXParser();
      parser.parse(new InputSource(new StringReader("<" + WRAPPER + ">" + body + "</" + WRAPPER + ">")), f);
    } catch (SAXParseException e) {
      if (e.getException() instanceof SqlException sql) {
        throw sql;
      }
      int column = e.getLineNumber() == 1 ? e.getColumnNumber() - WRAPPER.length() - 2 : e.getColumnNumber();
      throw SqlErrors.XML_PARSING.raise(e.getLineNumber(), Math.max(1, column));
    } catch (SAXException e) {
      if (e.getException() instanceof SqlException sql) {
        throw sql;
      }
      throw SqlErrors.XML_PARSING.raise(1, 1);
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("A string is always readable", e);
    }
    if (document && f.topElements != 1) {
      throw XmlSchemaErrors.NOT_A_DOCUMENT.raise();
    }
  }

  private static String withoutDeclaration(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String t = s.stripLeading();
    if (t.startsWith("<?xml")) {
      int end = t.indexOf("?>");
      return end < 0 ? t : t.substring(end + 2);
    }
    return s;
  }

  private static SAXParserFactory parsers() {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    try {
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("The JDK's parser knows these features", e);
    }
    return f;
  }

  /**
   * Hands the instance's events to the validator, each top-level element as a document of its own,
   * keeping the path for error locations: an element enters the path before the validator sees it.
   */
  private static final class Forwarder extends DefaultHandler implements ErrorHandler {
    private final ValidatorHandler validator;
    private final boolean document;
    private final ValidationPath path = new ValidationPath();
    private final ValidationErrors errors = new ValidationErrors(path);
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private int depth;
    private int topElements;

    Forwarder(ValidatorHandler validator, boolean document) {
      this.validator = validator;
      this.document = document;
      validator.setErrorHandler(this);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
      if (depth == 1) {
        pendingPrefixes.add(new String[] {prefix, uri}); // a top-level element's: its document has not begun
      } else if (depth > 1) {
        validator.startPrefixMapping(prefix, uri);
      }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
      if (depth > 1) {
        validator.endPrefixMapping(prefix);
      }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
      depth++;
      if (depth == 1) {
        return; // the wrapper
      }
      if (depth == 2) {
        topElements++;
        if (document && topElements > 1) {
          throw new SAXException(XmlSchemaErrors.NOT_A_DOCUMENT.raise());
        }
        validator.startDocument();
        for (String[] p : pendingPrefixes) {
          validator.startPrefixMapping(p[0], p[1]);
        }
        pendingPrefixes.clear();
      }
      path.enter(uri, local);
      validator.startElement(uri, local, qName, atts);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (depth > 1) {
        validator.endElement(uri, local, qName);
        path.leave();
        if (depth == 2) {
          validator.endDocument();
        }
      }
      depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (depth > 1) {
        validator.characters(ch, start, length);
      } else if (document && !new String(ch, start, length).isBlank()) {
        throw new SAXException(XmlSchemaErrors.NOT_A_DOCUMENT.raise());
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      if (depth > 1) {
        validator.ignorableWhitespace(ch, start, length);
      }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
      if (depth > 1) {
        validator.processingInstruction(target, data);
      }
    }

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      SqlException sql = errors.translate(e.getMessage() == null ? "" : e.getMessage());
      if (sql != null) {
        throw new SAXException(sql);
      }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      error(e);
    }
  }
}
