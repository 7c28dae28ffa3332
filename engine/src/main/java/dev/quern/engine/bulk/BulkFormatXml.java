package dev.quern.engine.bulk;

import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.parser.BulkTerminators;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML format file ("XML Format Files (SQL Server)"): {@code <BCPFORMAT>} holding a
 * {@code <RECORD>} of {@code <FIELD ID xsi:type …>} (the data file's fields, in order) and a
 * {@code <ROW>} of {@code <COLUMN SOURCE …>}, whose n-th COLUMN loads the table's n-th column
 * from the field SOURCE names; a field no COLUMN names is skipped. Mistakes are reported with
 * their line as SQL Server does: 4855 (an element out of place), 4858 (a bad attribute value),
 * 4859 (a missing attribute), 4872/4873/4874 (field ids repeated, unknown, or referenced twice);
 * a file that is not well-formed XML is 4862. DTDs and external entities are not read.
 */
final class BulkFormatXml {
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private final String path;
  private final List<BulkFormat.HostField> fields = new ArrayList<>();
  private final Map<String, Integer> fieldIds = new HashMap<>();
  private final Set<String> referenced = new HashSet<>();
  private final List<BulkFormat.Target> targets = new ArrayList<>();

  private BulkFormatXml(String path) {
    this.path = path;
  }

  static BulkFormat parse(String text, String path) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    BulkFormatXml reader = new BulkFormatXml(path);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
      try {
        reader.document(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw BulkLoadErrors.FILE_INCOMPLETE.raise(path, "(null)");
    }
    if (reader.fields.isEmpty()) {
      throw BulkLoadErrors.FORMAT_COUNT.raise(path);
    }
    return new BulkFormat(reader.fields, reader.targets);
  }

  /** BCPFORMAT, then RECORD and ROW inside it. */
  private void document(XMLStreamReader xml) throws XMLStreamException {
    expect(xml, "BCPFORMAT");
    for (String section; (section = nextChild(xml)) != null; ) {
      switch (section) {
        case "RECORD" -> children(xml, "FIELD", this::field);
        case "ROW" -> children(xml, "COLUMN", this::column);
        default -> throw unexpected(xml);
      }
    }
  }

  private interface ElementReader {
    void read(XMLStreamReader xml);
  }

  /** Reads each child of the current element, which must all be {@code name}. */
  private void children(XMLStreamReader xml, String name, ElementReader each) throws XMLStreamException {
    for (String child; (child = nextChild(xml)) != null; ) {
      if (!child.equals(name)) {
        throw unexpected(xml);
      }
      each.read(xml);
      if (nextChild(xml) != null) { // FIELD and COLUMN hold nothing
        throw unexpected(xml);
      }
    }
  }

  private void field(XMLStreamReader xml) {
    String id = required(xml, "ID", null);
    String type = required(xml, "type", XSI);
    if (fieldIds.containsKey(id)) {
      throw BulkLoadErrors.XML_DUPLICATE_ID.raise(line(xml), path, id);
    }
    int n = fields.size() + 1;
    String terminator = attribute(xml, "TERMINATOR", null);
    BulkFormat.HostField f = switch (type) {
      case "CharTerm", "NCharTerm" -> new BulkFormat.HostField(host(type), 0, 0,
          BulkTerminators.unescape(required(xml, "TERMINATOR", null)));
      case "CharFixed", "NCharFixed" -> new BulkFormat.HostField(host(type), 0, length(xml, "LENGTH"), "");
      case "CharPrefix", "NCharPrefix", "NativePrefix" -> new BulkFormat.HostField(host(type), prefix(xml), 0, "");
      case "NativeFixed" -> new BulkFormat.HostField(type, 0, length(xml, "LENGTH"), "");
      default -> throw BulkLoadErrors.XML_BAD_VALUE.raise(line(xml), path, type, "xsi:type");
    };
    if (terminator != null && !type.endsWith("Term")) {
      throw BulkLoadErrors.XML_BAD_VALUE.raise(line(xml), path, terminator, "TERMINATOR");
    }
    fieldIds.put(id, n - 1);
    fields.add(f);
  }

  private static String host(String xsiType) {
    return xsiType.startsWith("NChar") ? "SQLNCHAR" : xsiType.startsWith("Char") ? "SQLCHAR" : xsiType;
  }

  private void column(XMLStreamReader xml) {
    String source = required(xml, "SOURCE", null);
    Integer field = fieldIds.get(source);
    if (field == null) {
      throw BulkLoadErrors.XML_UNKNOWN_ID.raise(line(xml), path, source);
    }
    if (!referenced.add(source)) {
      throw BulkLoadErrors.XML_DUPLICATE_REFERENCE.raise(line(xml), path, source);
    }
    String name = attribute(xml, "NAME", null);
    BulkFormat.HostField host = fields.get(field);
    String type = attribute(xml, "type", XSI);
    var sqlType = type == null ? BulkFormat.characterType(host.hostType(), 0)
        : BulkColumnTypes.of(type, new BulkColumnTypes.Facets(facet(xml, "LENGTH"), facet(xml, "PRECISION"), facet(xml, "SCALE")));
    if (sqlType == null) {
      throw BulkLoadErrors.XML_BAD_VALUE.raise(line(xml), path, type, "xsi:type");
    }
    targets.add(new BulkFormat.Target(field, targets.size() + 1, name != null ? name : "Col" + (targets.size() + 1), sqlType));
  }

  /** A COLUMN's LENGTH, PRECISION or SCALE; -1 when it has none; 4858 when it is not a number. */
  private int facet(XMLStreamReader xml, String name) {
    String value = attribute(xml, name, null);
    if (value == null) {
      return -1;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw BulkLoadErrors.XML_BAD_VALUE.raise(line(xml), path, value, name);
  }

  private int length(XMLStreamReader xml, String name) {
    String value = required(xml, name, null);
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw BulkLoadErrors.XML_BAD_VALUE.raise(line(xml), path, value, name);
  }

  private int prefix(XMLStreamReader xml) {
    String value = attribute(xml, "PREFIX_LENGTH", null);
    return value == null ? 2 : length(xml, "PREFIX_LENGTH");
  }

  private String required(XMLStreamReader xml, String name, String namespace) {
    String value = attribute(xml, name, namespace);
    if (value == null) {
      throw BulkLoadErrors.XML_MISSING_ATTRIBUTE.raise(line(xml), path, namespace == null ? name : "xsi:" + name);
    }
    return value;
  }

  private static String attribute(XMLStreamReader xml, String name, String namespace) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      boolean inNamespace = namespace == null ? xml.getAttributeNamespace(i) == null || xml.getAttributeNamespace(i).isEmpty()
          : namespace.equals(xml.getAttributeNamespace(i));
      if (inNamespace && xml.getAttributeLocalName(i).equals(name)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  /** Moves to the document's root element, which must be {@code name}. */
  private void expect(XMLStreamReader xml, String name) throws XMLStreamException {
    while (xml.next() != XMLStreamConstants.START_ELEMENT) {
      // prolog: declaration, comments, blanks
    }
    if (!xml.getLocalName().equals(name)) {
      throw unexpected(xml);
    }
  }

  /** The next child element's name, or null at the end of the current element. */
  private String nextChild(XMLStreamReader xml) throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return xml.getLocalName();
      }
      if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
        return null;
      }
      if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
        throw BulkLoadErrors.XML_UNEXPECTED_ELEMENT.raise(line(xml), path, xml.getText().strip());
      }
    }
  }

  private RuntimeException unexpected(XMLStreamReader xml) {
    return BulkLoadErrors.XML_UNEXPECTED_ELEMENT.raise(line(xml), path, xml.getLocalName());
  }

  private static int line(XMLStreamReader xml) {
    return xml.getLocation().getLineNumber();
  }
}
