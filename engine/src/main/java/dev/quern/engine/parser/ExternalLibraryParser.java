package dev.quern.engine.parser;

import dev.quern.engine.ast.ExternalLibraryStatement;
import dev.quern.engine.ast.ExternalLibraryStatement.FileSpec;
import dev.quern.engine.ast.ExternalLibraryStatement.Verb;
import java.util.ArrayList;
import java.util.List;

/**
 * The external library statements ("CREATE EXTERNAL LIBRARY (Transact-SQL)"):
 *
 * <pre>
 * CREATE EXTERNAL LIBRARY name [AUTHORIZATION owner] FROM file_spec [, file_spec]
 *     WITH (LANGUAGE = 'Python')
 * ALTER EXTERNAL LIBRARY name [AUTHORIZATION owner] SET file_spec [WITH (LANGUAGE = 'Python')]
 * DROP EXTERNAL LIBRARY name [AUTHORIZATION owner]
 * file_spec ::= (CONTENT = {'file path' | varbinary expression} [, PLATFORM = WINDOWS | LINUX])
 * </pre>
 */
final class ExternalLibraryParser {
  private final TokenStream in;
  private final ExpressionParser expr;

  ExternalLibraryParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  /** Whether the statement at the cursor is one of these. */
  static boolean starts(TokenStream in) {
    return (in.peek().is("CREATE") || in.peek().is("ALTER") || in.peek().is("DROP"))
        && in.peek(1).is("EXTERNAL") && in.peek(2).is("LIBRARY");
  }

  ExternalLibraryStatement statement() {
    int line = in.line();
    Verb verb = Verb.valueOf(in.next().upper());
    in.expect("EXTERNAL");
    in.expect("LIBRARY");
    String name = in.identifier();
    String owner = in.accept("AUTHORIZATION") ? in.identifier() : null;
    List<FileSpec> files = new ArrayList<>();
    if (verb == Verb.CREATE) {
      in.expect("FROM");
      do {
        files.add(fileSpec());
      } while (files.size() < 2 && in.acceptSymbol(","));
    } else if (verb == Verb.ALTER) {
      in.expect("SET");
      files.add(fileSpec());
    }
    String language = null;
    if (verb == Verb.CREATE || verb == Verb.ALTER && in.at("WITH")) {
      in.expect("WITH");
      in.expectSymbol("(");
      in.expect("LANGUAGE");
      in.expectSymbol("=");
      language = in.stringLiteral();
      in.expectSymbol(")");
    }
    return new ExternalLibraryStatement(line, verb, name, owner, files, language);
  }

  private FileSpec fileSpec() {
    in.expectSymbol("(");
    in.expect("CONTENT");
    in.expectSymbol("=");
    String path = null;
    dev.quern.engine.ast.Expr content = null;
    if (in.peek().isStringLiteral()) {
      path = in.stringLiteral();
    } else {
      content = expr.parse();
    }
    String platform = null;
    if (in.acceptSymbol(",")) {
      in.expect("PLATFORM");
      in.expectSymbol("=");
      platform = in.identifier().toUpperCase(java.util.Locale.ROOT);
      if (!platform.equals("WINDOWS") && !platform.equals("LINUX")) {
        throw TokenStream.errorNear(in.peek(-1));
      }
    }
    in.expectSymbol(")");
    return new FileSpec(content, path, platform);
  }
}
