package dev.quern.engine.parser;

import java.util.ArrayList;
import java.util.List;

/** Multi-part object names: {@code [database.][schema.]object}. */
final class NameParser {
  private NameParser() {}

  static List<String> objectName(TokenStream in) {
    if (in.peek().type() == dev.quern.engine.lexer.TokenType.VARIABLE) {
      // A table variable (@t) stands where a table name may.
      return List.of(in.next().value());
    }
    List<String> parts = new ArrayList<>();
    parts.add(in.identifier());
    while (in.atSymbol(".")) {
      in.next();
      // db..t: an empty schema part means the default schema.
      if (in.atSymbol(".")) {
        parts.add("");
        continue;
      }
      parts.add(in.identifier());
    }
    if (parts.size() > 4) {
      throw in.unexpected();
    }
    return List.copyOf(parts);
  }
}
