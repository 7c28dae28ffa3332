package dev.quern.engine.binder;

import java.util.Locale;

/**
 * What SQL Server's static typing of untyped xml says a path selects, read off the path's last
 * step, as its XML DML errors quote it: {@code element(a,xdt:untyped) *}, {@code text ?}, {@code
 * attribute(id,xdt:untypedAtomic) ?}, the document node for {@code .} and {@code /}. The occurrence
 * is {@code ?} for a path {@link XmlMethodBinder#isSingleton} calls single, {@code *} otherwise.
 * A path whose last step is a function call is atomic (its value's XML Schema type).
 */
record XQueryStaticType(Kind kind, String item, boolean single) {
  /** The kinds of node (or value) the XML DML statements tell apart. */
  enum Kind { ELEMENT, ATTRIBUTE, TEXT, DOCUMENT, OTHER_NODE, ATOMIC }

  static final String DOCUMENT =
      "document { (element(*,xdt:untyped) ? & text ? & comment ? & processing-instruction ?) * }";

  static XQueryStaticType of(String path) {
    String p = path.strip();
    boolean single = XmlMethodBinder.isSingleton(p);
    if (p.startsWith("(") && p.matches("(?s).*\\)\\[[1-9][0-9]*\\]")) {
      p = p.substring(1, p.lastIndexOf(')')).strip();
    }
    if (p.equals("/") || p.equals(".")) {
      return new XQueryStaticType(Kind.DOCUMENT, DOCUMENT, single);
    }
    String step = stripPredicates(lastStep(p));
    return step(step, single);
  }

  private static XQueryStaticType step(String step, boolean single) {
    String s = step.replaceFirst("^(child|descendant|descendant-or-self|self)::", "");
    if (s.startsWith("@") || s.startsWith("attribute::")) {
      String name = s.substring(s.startsWith("@") ? 1 : "attribute::".length());
      return new XQueryStaticType(Kind.ATTRIBUTE, "attribute(" + name + ",xdt:untypedAtomic)", single);
    }
    return switch (s) {
      case "text()" -> new XQueryStaticType(Kind.TEXT, "text", single);
      case "comment()" -> new XQueryStaticType(Kind.OTHER_NODE, "comment", single);
      case "processing-instruction()" -> new XQueryStaticType(Kind.OTHER_NODE, "processing-instruction()", single);
      case "node()" -> new XQueryStaticType(Kind.OTHER_NODE, "node()", single);
      case "..", "parent::node()", "*" -> new XQueryStaticType(Kind.ELEMENT, "element(*,xdt:untyped)", single);
      default -> {
        int paren = s.indexOf('(');
        if (paren > 0 || s.startsWith("\"") || s.startsWith("'") || !s.isEmpty() && Character.isDigit(s.charAt(0))) {
          yield new XQueryStaticType(Kind.ATOMIC, atomicType(s, paren), true);
        }
        yield new XQueryStaticType(Kind.ELEMENT, "element(" + s + ",xdt:untyped)", single);
      }
    };
  }

  /** The type of a literal or a function's value: the numeric functions' xs:integer or xs:double, else xs:string. */
  private static String atomicType(String s, int paren) {
    if (paren < 0) {
      return literalType(s);
    }
    return switch (s.substring(0, paren).replaceFirst("^fn:", "").toLowerCase(Locale.ROOT)) {
      case "count", "string-length", "position", "last" -> "xs:integer";
      case "number", "sum", "ceiling", "floor", "round" -> "xs:double";
      case "not", "true", "false", "contains" -> "xs:boolean";
      default -> "xs:string";
    };
  }

  /** A literal's XML Schema type, as XQuery reads it: {@code "a"} string, {@code 1} integer, {@code 1.5} decimal. */
  static String literalType(String literal) {
    if (literal.startsWith("\"") || literal.startsWith("'")) {
      return "xs:string";
    }
    if (literal.contains("e") || literal.contains("E")) {
      return "xs:double";
    }
    return literal.contains(".") ? "xs:decimal" : "xs:integer";
  }

  /** The XML Schema type sql:variable() or sql:column() gives a T-SQL value of type {@code t}. */
  static String schemaType(dev.quern.catalog.type.SqlType t) {
    return switch (t.id()) {
      case INT -> "xs:int";
      case BIGINT -> "xs:long";
      case SMALLINT -> "xs:short";
      case TINYINT -> "xs:unsignedByte";
      case BIT -> "xs:boolean";
      case DECIMAL, NUMERIC, MONEY, SMALLMONEY -> "xs:decimal";
      case FLOAT -> "xs:double";
      case REAL -> "xs:float";
      case DATE -> "xs:date";
      case TIME -> "xs:time";
      case DATETIME, SMALLDATETIME, DATETIME2, DATETIMEOFFSET -> "xs:dateTime";
      case BINARY, VARBINARY, IMAGE -> "xs:base64Binary";
      default -> "xs:string";
    };
  }

  /** The type as a message quotes it: the item type and its occurrence. */
  String quoted() {
    return kind == Kind.ATOMIC || kind == Kind.DOCUMENT ? item : item + (single ? " ?" : " *");
  }

  /** The text after the last {@code /} outside brackets, parentheses and quotes. */
  private static String lastStep(String p) {
    int depth = 0;
    char quote = 0;
    int last = -1;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || c == ')') {
        depth--;
      } else if (c == '/' && depth == 0) {
        last = i;
      }
    }
    return p.substring(last + 1).strip();
  }

  private static String stripPredicates(String step) {
    String s = step;
    while (s.endsWith("]") && s.indexOf('[') > 0) {
      s = s.substring(0, s.indexOf('[')).strip();
    }
    if (s.startsWith("(") && s.endsWith(")")) {
      return stripPredicates(lastStep(s.substring(1, s.length() - 1)));
    }
    return s;
  }
}
