package dev.quern.engine.parser;

import dev.quern.engine.ast.ResourceGovernorStatement;
import dev.quern.engine.ast.ResourceGovernorStatement.Governor;
import dev.quern.engine.ast.ResourceGovernorStatement.Verb;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.List;

/**
 * The resource governor's statements (ml-services.md §6):
 *
 * <pre>
 * CREATE | ALTER EXTERNAL RESOURCE POOL {name | "default"} [WITH (pool_option [, …])]
 * DROP EXTERNAL RESOURCE POOL name
 * pool_option: MAX_CPU_PERCENT = n | MAX_MEMORY_PERCENT = n | MAX_PROCESSES = n | AFFINITY CPU = AUTO
 * CREATE | ALTER WORKLOAD GROUP {name | "default"} [WITH (group_option [, …])]
 *     [USING {pool | "default"} [, EXTERNAL {pool | "default"}] | USING EXTERNAL {pool | "default"}]
 * DROP WORKLOAD GROUP name
 * group_option: IMPORTANCE = {LOW | MEDIUM | HIGH} | REQUEST_MAX_MEMORY_GRANT_PERCENT = n
 *     | REQUEST_MAX_CPU_TIME_SEC = n | REQUEST_MEMORY_GRANT_TIMEOUT_SEC = n | MAX_DOP = n
 *     | GROUP_MAX_REQUESTS = n
 * ALTER RESOURCE GOVERNOR {RECONFIGURE | DISABLE | RESET STATISTICS
 *     | WITH (CLASSIFIER_FUNCTION = {schema.name | NULL})}
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
    if (!verb.is("CREATE") && !verb.is("ALTER") && !verb.is("DROP")) {
      return false;
    }
    return in.peek(1).is("EXTERNAL") && in.peek(2).is("RESOURCE") && in.peek(3).is("POOL")
        || in.peek(1).is("WORKLOAD") && in.peek(2).is("GROUP")
        || verb.is("ALTER") && in.peek(1).is("RESOURCE") && in.peek(2).is("GOVERNOR");
  }

  static ResourceGovernorStatement parse(TokenStream in) {
    return new ResourceGovernorParser(in).statement();
  }

  private ResourceGovernorStatement statement() {
    int line = in.line();
    Verb verb = Verb.valueOf(in.next().upper());
    if (in.accept("RESOURCE")) {
      in.expect("GOVERNOR");
      return governor(line);
    }
    if (in.accept("WORKLOAD")) {
      in.expect("GROUP");
      return workloadGroup(line, verb);
    }
    in.expect("EXTERNAL");
    in.expect("RESOURCE");
    in.expect("POOL");
    String name = name();
    Integer cpu = null;
    Integer memory = null;
    Integer processes = null;
    if (verb != Verb.DROP && in.accept("WITH")) {
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
    return new ResourceGovernorStatement.ExternalPool(line, verb, name, cpu, memory, processes);
  }

  private ResourceGovernorStatement workloadGroup(int line, Verb verb) {
    String name = name();
    String importance = null;
    Integer grant = null;
    Integer cpuTime = null;
    Integer grantTimeout = null;
    Integer maxDop = null;
    Integer maxRequests = null;
    String using = null;
    String external = null;
    if (verb != Verb.DROP && in.accept("WITH")) {
      in.expectSymbol("(");
      do {
        Token option = in.peek();
        if (in.accept("IMPORTANCE")) {
          in.expectSymbol("=");
          Token level = in.next();
          if (!level.is("LOW") && !level.is("MEDIUM") && !level.is("HIGH")) {
            throw TokenStream.errorNear(level);
          }
          importance = level.value().substring(0, 1).toUpperCase() + level.value().substring(1).toLowerCase();
        } else if (in.accept("REQUEST_MAX_MEMORY_GRANT_PERCENT")) {
          grant = value();
        } else if (in.accept("REQUEST_MAX_CPU_TIME_SEC")) {
          cpuTime = value();
        } else if (in.accept("REQUEST_MEMORY_GRANT_TIMEOUT_SEC")) {
          grantTimeout = value();
        } else if (in.accept("MAX_DOP")) {
          maxDop = value();
        } else if (in.accept("GROUP_MAX_REQUESTS")) {
          maxRequests = value();
        } else {
          throw TokenStream.errorNear(option);
        }
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    if (verb != Verb.DROP && in.accept("USING")) {
      if (!in.at("EXTERNAL")) {
        using = name();
        if (in.acceptSymbol(",")) {
          in.expect("EXTERNAL");
          external = name();
        }
      } else {
        in.expect("EXTERNAL");
        external = name();
      }
    }
    return new ResourceGovernorStatement.WorkloadGroup(
        line, verb, name, importance, grant, cpuTime, grantTimeout, maxDop, maxRequests, using, external);
  }

  /** A pool's or group's name: an identifier, or "default" in quotes or brackets (a keyword). */
  private String name() {
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
    if (in.accept("RECONFIGURE")) {
      return new Governor(line, Governor.Action.RECONFIGURE, null);
    }
    if (in.accept("DISABLE")) {
      return new Governor(line, Governor.Action.DISABLE, null);
    }
    if (in.accept("RESET")) {
      in.expect("STATISTICS");
      return new Governor(line, Governor.Action.RESET_STATISTICS, null);
    }
    in.expect("WITH");
    in.expectSymbol("(");
    in.expect("CLASSIFIER_FUNCTION");
    in.expectSymbol("=");
    List<String> function = null;
    if (!in.accept("NULL")) {
      List<String> parts = NameParser.objectName(in);
      if (parts.size() != 2) { // SQL Server wants the two-part name of a function in master
        throw SqlErrors.SYNTAX_NEAR.raise(parts.getLast());
      }
      function = parts;
    }
    in.expectSymbol(")");
    return new Governor(line, Governor.Action.CLASSIFIER, function);
  }
}
