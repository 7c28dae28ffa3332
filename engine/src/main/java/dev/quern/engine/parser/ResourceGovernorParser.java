package dev.quern.engine.parser;

import dev.quern.engine.ast.ResourceGovernorStatement;
import dev.quern.engine.ast.ResourceGovernorStatement.Action;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;

/**
 * The external resource pool statements and ALTER RESOURCE GOVERNOR (ml-services.md §6):
 *
 * <pre>
 * CREATE EXTERNAL RESOURCE POOL name [WITH (option [, …])]
 * ALTER EXTERNAL RESOURCE POOL {name | "default"} [WITH (option [, …])]
 * DROP EXTERNAL RESOURCE POOL name
 * option: MAX_CPU_PERCENT = n | MAX_MEMORY_PERCENT = n | MAX_PROCESSES = n | AFFINITY CPU = AUTO
 * ALTER RESOURCE GOVERNOR {RECONFIGURE | DISABLE | RESET STATISTICS}
 * </pre>
 *
 * AFFINITY other than AUTO is refused as SQL Server on Linux refuses it (no CPU affinity for
 * external pools there).
 */
final class ResourceGovernorParser {
  private final TokenStream in;

  private ResourceGovernorParser(TokenStream in) {
    this.in = in;
  }

  /** Whether the statement at the cursor is one of these. */
  static boolean starts(TokenStream in) {
    Token verb = in.peek();
    if ((verb.is("CREATE") || verb.is("ALTER") || verb.is("DROP"))
        && in.peek(1).is("EXTERNAL") && in.peek(2).is("RESOURCE") && in.peek(3).is("POOL")) {
      return true;
    }
    return verb.is("ALTER") && in.peek(1).is("RESOURCE") && in.peek(2).is("GOVERNOR");
  }

  static ResourceGovernorStatement parse(TokenStream in) {
    return new ResourceGovernorParser(in).statement();
  }

  private ResourceGovernorStatement statement() {
    int line = in.line();
    Token verb = in.next();
    if (in.accept("RESOURCE")) {
      in.expect("GOVERNOR");
      return governor(line);
    }
    in.expect("EXTERNAL");
    in.expect("RESOURCE");
    in.expect("POOL");
    String name = poolName();
    Action action = verb.is("CREATE") ? Action.CREATE_EXTERNAL_POOL
        : verb.is("ALTER") ? Action.ALTER_EXTERNAL_POOL : Action.DROP_EXTERNAL_POOL;
    Integer cpu = null;
    Integer memory = null;
    Integer processes = null;
    if (action != Action.DROP_EXTERNAL_POOL && in.accept("WITH")) {
      in.expectSymbol("(");
      do {
        Token option = in.peek();
        if (in.accept("MAX_CPU_PERCENT")) {
          cpu = value();
        } else if (in.accept("MAX_MEMORY_PERCENT")) {
          memory = value();
        } else if (in.accept("MAX_PROCESSES")) {
          processes = value();
        } else if (in.accept("AFFINITY")) {
          affinity();
        } else {
          throw TokenStream.errorNear(option);
        }
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    return new ResourceGovernorStatement(line, action, name, cpu, memory, processes);
  }

  /** A pool's name: an identifier, or "default" in quotes or brackets (it is a keyword). */
  private String poolName() {
    Token t = in.peek();
    if (t.type() == TokenType.STRING) { // "default" under QUOTED_IDENTIFIER OFF
      return in.next().value();
    }
    return in.identifier();
  }

  private int value() {
    in.expectSymbol("=");
    long v = in.signedNumber();
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
  }

  private void affinity() {
    in.expect("CPU");
    in.expectSymbol("=");
    if (!in.accept("AUTO")) {
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("AFFINITY CPU");
    }
  }

  private ResourceGovernorStatement governor(int line) {
    Action action;
    if (in.accept("RECONFIGURE")) {
      action = Action.RECONFIGURE;
    } else if (in.accept("DISABLE")) {
      action = Action.DISABLE;
    } else if (in.accept("RESET")) {
      in.expect("STATISTICS");
      action = Action.RESET_STATISTICS;
    } else {
      throw in.unexpected();
    }
    return new ResourceGovernorStatement(line, action, null, null, null, null);
  }
}
