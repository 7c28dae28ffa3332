package dev.quern.engine.expr;

import java.util.Locale;

/**
 * Text escaped as SQL Server writes it into xml (FOR XML's output, an xml value's nodes printed
 * back): {@code & < >} and carriage return everywhere; in an attribute also {@code "}, tab and line
 * feed; other characters XML cannot hold as {@code &#xH;}.
 */
public final class XmlEscaping {
  private XmlEscaping() {}

  public static void escape(StringBuilder sb, String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\r' -> sb.append("&#x0D;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\t' -> sb.append(attribute ? "&#x09;" : "\t");
        case '\n' -> sb.append(attribute ? "&#x0A;" : "\n");
        default -> {
          if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
            sb.append("&#x").append(Integer.toHexString(ch).toUpperCase(Locale.ROOT)).append(';');
          } else {
            sb.append(ch);
          }
        }
      }
    }
  }
}
