package dev.quern.engine.parser;

import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.ast.TypeName;
import dev.quern.engine.lexer.Lexer;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/** Parses the parameter definition string of sp_executesql / sp_prepare: {@code @a int, @b nvarchar(10) OUTPUT}. */
public final class ParameterListParser {
  private ParameterListParser() {}

  public static List<ParameterDefinition> parse(String text) {
    TokenStream in = new TokenStream(Lexer.tokenize(text == null ? "" : text, true));
    List<ParameterDefinition> out = new ArrayList<>();
    if (in.atEnd()) {
      return out;
    }
    do {
      Token name = in.next();
      if (name.type() != TokenType.VARIABLE) {
        throw TokenStream.errorNear(name);
      }
      in.accept("AS");
      TypeName type = TypeNameParser.parse(in);
      boolean output = in.accept("OUTPUT") || in.accept("OUT");
      in.accept("READONLY"); // a table-valued parameter (mssql-jdbc: "@P0 dbo.t READONLY")
      out.add(new ParameterDefinition(name.value(), type, output));
    } while (in.acceptSymbol(","));
    if (!in.atEnd()) {
      throw in.unexpected();
    }
    return List.copyOf(out);
  }
}
