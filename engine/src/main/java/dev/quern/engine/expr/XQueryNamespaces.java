package dev.quern.engine.expr;

import dev.quern.engine.error.XQueryErrors;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The static namespace context of an xml method's XQuery: the prefixes it may use and its default
 * element namespace, from the statement's WITH XMLNAMESPACES and from the query's own prolog
 * ({@code declare namespace p = "uri";}, {@code declare default element namespace "uri";}), the
 * prolog's declarations over the statement's. Names compare by namespace URI and local name.
 *
 * @param prefixes prefix to URI
 * @param defaultElement the URI unprefixed element names are in, or null (no namespace)
 */
public record XQueryNamespaces(Map<String, String> prefixes, String defaultElement) {
  public static final XQueryNamespaces NONE = new XQueryNamespaces(Map.of(), null);

  /** The prefix the XPath text gives unprefixed element names when there is a default element namespace. */
  static final String DEFAULT_PREFIX = "quern.default";

  public XQueryNamespaces {
    prefixes = Map.copyOf(prefixes);
  }

  /** The query text's prolog, and where its body starts. */
  public record Prolog(XQueryNamespaces namespaces, int bodyStart) {}

  private static final Pattern DECLARE_NAMESPACE = Pattern.compile(
      "\\s*declare\\s+namespace\\s+([\\p{L}_][\\p{L}\\p{N}._-]*)\\s*=\\s*(\"[^\"]*\"|'[^']*')\\s*;");
  private static final Pattern DECLARE_DEFAULT =
      Pattern.compile("\\s*declare\\s+default\\s+element\\s+namespace\\s+(\"[^\"]*\"|'[^']*')\\s*;");

  public XQueryNamespaces declare(String prefix, String uri) {
    Map<String, String> m = new TreeMap<>(prefixes);
    m.put(prefix, uri);
    return new XQueryNamespaces(m, defaultElement);
  }

  public XQueryNamespaces withDefault(String uri) {
    return new XQueryNamespaces(prefixes, uri == null || uri.isEmpty() ? null : uri);
  }

  /** Reads the declarations at the start of {@code text} on top of {@code inherited}. */
  public static Prolog prolog(String text, String method, XQueryNamespaces inherited) {
    XQueryNamespaces ns = inherited;
    int pos = 0;
    while (true) {
      Matcher prefix = DECLARE_NAMESPACE.matcher(text).region(pos, text.length());
      Matcher dflt = DECLARE_DEFAULT.matcher(text).region(pos, text.length());
      if (prefix.lookingAt()) {
        ns = ns.declare(prefix.group(1), unquote(prefix.group(2)));
        pos = prefix.end();
      } else if (dflt.lookingAt()) {
        ns = ns.withDefault(unquote(dflt.group(1)));
        pos = dflt.end();
      } else if (text.substring(pos).strip().startsWith("declare ")) {
        throw XQueryErrors.SYNTAX_NEAR.raise(method, "declare");
      } else {
        return new Prolog(ns, pos);
      }
    }
  }

  /** The URI of {@code prefix} as the evaluator sees it ({@code xml} always; the default's own prefix). */
  String uri(String prefix) {
    if (prefix.equals("xml")) {
      return "http://www.w3.org/XML/1998/namespace";
    }
    if (prefix.equals(DEFAULT_PREFIX)) {
      return defaultElement;
    }
    return prefixes.get(prefix);
  }

  private static String unquote(String quoted) {
    return quoted.substring(1, quoted.length() - 1);
  }
}
