package dev.quern.engine.ast;

import java.util.List;

/**
 * The namespaces a statement's {@code WITH XMLNAMESPACES ('uri' AS p, DEFAULT 'uri', …)} declares,
 * in the order written: the xml methods' paths may use the prefixes, and FOR XML declares them on
 * its top-level elements. A declaration's {@code prefix} is null for DEFAULT.
 */
public record XmlNamespaces(List<Declaration> declarations) {
  public XmlNamespaces {
    declarations = List.copyOf(declarations);
  }

  /** One {@code 'uri' AS prefix}, or {@code DEFAULT 'uri'} (prefix null). */
  public record Declaration(String prefix, String uri) {}

  /** The URI of {@code prefix} (null: the default element namespace), or null when not declared. */
  public String uri(String prefix) {
    for (Declaration d : declarations) {
      if (java.util.Objects.equals(d.prefix(), prefix)) {
        return d.uri();
      }
    }
    return null;
  }

  public String toSql() {
    StringBuilder sb = new StringBuilder("WITH XMLNAMESPACES (");
    for (int i = 0; i < declarations.size(); i++) {
      Declaration d = declarations.get(i);
      String uri = "'" + d.uri().replace("'", "''") + "'";
      sb.append(i == 0 ? "" : ", ").append(d.prefix() == null ? "DEFAULT " + uri : uri + " AS " + d.prefix());
    }
    return sb.append(") ").toString();
  }
}
