package dev.quern.engine.parser;

import dev.quern.engine.ast.TypeName;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses a data type as written: {@code int}, {@code nvarchar(max)}, {@code decimal(10,2)},
 * multi-word names such as {@code double precision} and {@code national character varying(10)}.
 * Whether the name exists is the binder's question (error 2715).
 */
final class TypeNameParser {
  /** Words that continue a multi-word type name after its first word. */
  private static final Set<String> CONTINUATIONS =
      Set.of("PRECISION", "VARYING", "CHARACTER", "CHAR", "TEXT");

  private TypeNameParser() {}

  static TypeName parse(TokenStream in) {
    Token first = in.peek();
    if (first.type() != TokenType.WORD && first.type() != TokenType.QUOTED_IDENT) {
      throw in.unexpected();
    }
    StringBuilder name = new StringBuilder(in.next().value());
    String schema = null;
    // sys.sysname names a system type; dbo.ssn a user-defined type of that schema.
    if (in.atSymbol(".")
        && (in.peek(1).type() == TokenType.WORD || in.peek(1).type() == TokenType.QUOTED_IDENT)) {
      in.next();
      schema = name.toString().equalsIgnoreCase("sys") ? null : name.toString();
      name.setLength(0);
      name.append(in.next().value());
      if (schema != null) {
        return new TypeName(name.toString(), List.of(), schema);
      }
    }
    while (in.peek().type() == TokenType.WORD
        && CONTINUATIONS.contains(in.peek().value().toUpperCase(Locale.ROOT))
        && isMultiWordPrefix(name.toString())) {
      name.append(' ').append(in.next().value());
    }
    if (name.toString().equalsIgnoreCase("xml") && in.atSymbol("(")) {
      return new TypeName(name.toString(), List.of(), null, xmlTyping(in));
    }
    List<String> args = new ArrayList<>();
    if (in.acceptSymbol("(")) {
      do {
        Token t = in.next();
        // A word after the first facet is vector's base type: vector(3, float32).
        if (t.type() == TokenType.NUMBER || t.is("MAX") || t.type() == TokenType.WORD && !args.isEmpty()) {
          args.add(t.raw());
        } else {
          throw TokenStream.errorNear(t);
        }
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    return new TypeName(name.toString(), List.copyOf(args));
  }

  /** {@code ([CONTENT | DOCUMENT] [schema.]collection)} after {@code xml}. */
  private static TypeName.XmlTyping xmlTyping(TokenStream in) {
    in.expectSymbol("(");
    boolean document = false;
    if ((in.peek().is("CONTENT") || in.peek().is("DOCUMENT")) && in.peek(1).type() != TokenType.SYMBOL) {
      document = in.next().is("DOCUMENT");
    }
    String first = in.identifier();
    String second = in.acceptSymbol(".") ? in.identifier() : null;
    in.expectSymbol(")");
    return second == null ? new TypeName.XmlTyping(document, null, first) : new TypeName.XmlTyping(document, first, second);
  }

  private static boolean isMultiWordPrefix(String sofar) {
    String s = sofar.toUpperCase(Locale.ROOT);
    return s.equals("DOUBLE")
        || s.equals("NATIONAL")
        || s.equals("NATIONAL CHARACTER")
        || s.equals("NATIONAL CHAR")
        || s.equals("CHARACTER")
        || s.equals("CHAR")
        || s.equals("BINARY");
  }
}
