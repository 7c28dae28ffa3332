package dev.quern.engine.parser;

import dev.quern.engine.ast.XmlSchemaCollectionStatement;
import dev.quern.engine.ast.XmlSchemaCollectionStatement.Verb;
import java.util.List;

/**
 * The XML schema collection statements ("CREATE XML SCHEMA COLLECTION (Transact-SQL)"):
 *
 * <pre>
 * CREATE XML SCHEMA COLLECTION [schema.]name AS { 'schemas' | @variable }
 * ALTER XML SCHEMA COLLECTION [schema.]name ADD { 'schemas' | @variable }
 * DROP XML SCHEMA COLLECTION [schema.]name
 * </pre>
 */
final class XmlSchemaCollectionParser {
  private final TokenStream in;
  private final ExpressionParser expr;

  XmlSchemaCollectionParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  /** Whether the statement at the cursor is one of these. */
  static boolean starts(TokenStream in) {
    return (in.peek().is("CREATE") || in.peek().is("ALTER") || in.peek().is("DROP"))
        && in.peek(1).is("XML") && in.peek(2).is("SCHEMA") && in.peek(3).is("COLLECTION");
  }

  XmlSchemaCollectionStatement statement() {
    int line = in.line();
    Verb verb = Verb.valueOf(in.next().upper());
    in.expect("XML");
    in.expect("SCHEMA");
    in.expect("COLLECTION");
    List<String> name = NameParser.objectName(in);
    if (verb == Verb.DROP) {
      return new XmlSchemaCollectionStatement(line, verb, name, null);
    }
    in.expect(verb == Verb.CREATE ? "AS" : "ADD");
    return new XmlSchemaCollectionStatement(line, verb, name, expr.parse());
  }
}
