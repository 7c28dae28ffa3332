package dev.quern.engine.xmlschema;

import dev.quern.engine.error.SqlException;
import dev.quern.engine.error.XmlSchemaErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the JDK's validator reports (Xerces' {@code cvc-*} constraint texts) into SQL Server's
 * "XML Validation" error for the same failure, located by {@link ValidationPath}. A value that is
 * not valid for its simple type is reported twice by Xerces (the datatype, then the element or
 * attribute holding it); the first gives the value, the second where it is.
 */
final class ValidationErrors {
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern EXPECTED = Pattern.compile("One of '\\{(.*)\\}' is expected");

  private final ValidationPath path;
  private String badValue;

  ValidationErrors(ValidationPath path) {
    this.path = path;
  }

  /** The error for one report; null when the report only prepares the next (a datatype's value). */
  SqlException translate(String message) {
    String code = message.contains(":") ? message.substring(0, message.indexOf(':')) : message;
    List<String> quoted = quoted(message);
    String where = path.location();
    if (code.startsWith("cvc-datatype-valid") || code.endsWith("-valid") && !code.startsWith("cvc-complex")) {
      if (badValue == null && !quoted.isEmpty()) {
        badValue = quoted.getFirst();
      }
      return null;
    }
    return switch (code) {
      case "cvc-elt.1.a", "cvc-elt.1" -> XmlSchemaErrors.DECLARATION_NOT_FOUND.raise(path.elementName(), where);
      case "cvc-complex-type.2.4.a" -> XmlSchemaErrors.INVALID_CONTENT.raise(expected(message), path.elementName(),
          where);
      case "cvc-complex-type.2.4.b" -> XmlSchemaErrors.INCOMPLETE_CONTENT.raise(expected(message), where);
      case "cvc-complex-type.2.4.d", "cvc-complex-type.2.4.c" ->
          XmlSchemaErrors.UNEXPECTED_ELEMENT.raise(path.elementName(), where);
      case "cvc-type.3.1.3" -> XmlSchemaErrors.INVALID_SIMPLE_VALUE.raise(value(quoted), where);
      case "cvc-attribute.3" -> XmlSchemaErrors.INVALID_SIMPLE_VALUE.raise(value(quoted),
          path.attribute(quoted.size() > 1 ? local(quoted.get(1)) : ""));
      case "cvc-complex-type.3.2.2" -> XmlSchemaErrors.ATTRIBUTE_NOT_PERMITTED.raise(first(quoted), where);
      case "cvc-complex-type.4" -> XmlSchemaErrors.REQUIRED_ATTRIBUTE.raise(first(quoted), where);
      case "cvc-complex-type.2.3", "cvc-complex-type.2.1" -> XmlSchemaErrors.TEXT_NOT_ALLOWED.raise(where);
      case "cvc-type.3.1.2" -> XmlSchemaErrors.ELEMENT_IN_TEXT_ONLY.raise(path.elementName(), where);
      case "cvc-elt.3.1" -> XmlSchemaErrors.NIL_NOT_ALLOWED.raise(path.elementName(), where);
      case "cvc-elt.3.2.1" -> XmlSchemaErrors.NIL_WITH_CONTENT.raise(path.elementName(), where);
      case "cvc-elt.4.2" -> XmlSchemaErrors.TYPE_NOT_FOUND.raise(first(quoted), where);
      // Other constraints (fixed values, ID/IDREF …) are content the schema does not allow there.
      default -> XmlSchemaErrors.UNEXPECTED_ELEMENT.raise(path.elementName(), where);
    };
  }

  private String value(List<String> quoted) {
    return badValue != null ? badValue : first(quoted);
  }

  private static String first(List<String> quoted) {
    return quoted.isEmpty() ? "" : local(quoted.getFirst());
  }

  private static String local(String name) {
    return name.substring(name.indexOf(':') + 1);
  }

  /** Xerces' {@code {"urn:t":a, b}} as SQL Server lists expected elements: {@code '{urn:t}a','b'}. */
  private static String expected(String message) {
    Matcher m = EXPECTED.matcher(message);
    if (!m.find()) {
      return "''";
    }
    List<String> names = new ArrayList<>();
    for (String item : m.group(1).split(",")) {
      String s = item.strip();
      if (s.startsWith("\"")) {
        int close = s.indexOf('"', 1);
        s = "{" + s.substring(1, close) + "}" + s.substring(close + 2);
      }
      names.add("'" + s + "'");
    }
    return String.join(" ", names);
  }

  private static List<String> quoted(String message) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(message);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
