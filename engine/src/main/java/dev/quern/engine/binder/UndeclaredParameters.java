package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.ParenExpr;
import dev.quern.engine.ast.VariableRef;
import dev.quern.engine.error.DescribeErrors;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Metadata discovery's view of the parameters a batch uses without declaring them
 * (sp_describe_undeclared_parameters, "Parameter Selection Algorithm"): while a batch is bound
 * for discovery, such a {@code @p} is not error 137 but takes the type its context gives it and
 * becomes a variable of that type from then on. Simple deduction takes the other side of {@code
 * =} or {@code <>}, the target of an assignment, INSERT VALUES or UPDATE SET, CAST's type, or
 * the declared type of the procedure parameter an EXEC passes it to;
 * general deduction ({@code <}, {@code >}, BETWEEN, LIKE, arithmetic) the widest candidate of the
 * other side's family ({@link #general}). A parameter with no such context is error 11502, two
 * untyped parameters in one expression 11503.
 */
public final class UndeclaredParameters {
  /**
   * One deduced parameter: as written first, its type, how it is used, and the procedure
   * parameter it is passed to (null when none).
   */
  public record Deduced(String name, SqlType type, boolean input, boolean output, String formalName) {}

  private final Map<String, Deduced> byName = new LinkedHashMap<>();

  /** The deduced parameters by lower-cased name, in the order they were deduced. */
  public Map<String, Deduced> deduced() {
    return java.util.Collections.unmodifiableMap(byName);
  }

  /** The name of {@code e} when it is a parameter the batch has not declared (yet); else null. */
  static String undeclared(BindContext bind, Expr e) {
    if (bind.undeclared() == null) {
      return null;
    }
    while (e instanceof ParenExpr p) {
      e = p.inner();
    }
    if (e instanceof VariableRef v && !bind.variables().has(v.name())) {
      return v.name();
    }
    return null;
  }

  /** Declares {@code name} with the deduced {@code type}; returns the new variable. */
  VariableScope.Variable deduce(VariableScope vars, String name, SqlType type, boolean output) {
    byName.put(name.toLowerCase(Locale.ROOT), new Deduced(name, type, !output, output, null));
    return vars.declare(name, type);
  }

  /**
   * Declares {@code name}, passed to the procedure parameter {@code formal}: an OUTPUT argument
   * is both read and written.
   */
  VariableScope.Variable deduce(VariableScope vars, String name, SqlType type, boolean output, String formal) {
    byName.put(name.toLowerCase(Locale.ROOT), new Deduced(name, type, true, output, formal));
    return vars.declare(name, type);
  }

  /** 11503 when both sides of one expression are untyped parameters. */
  static void checkPair(String left, String right) {
    if (left != null && right != null) {
      throw DescribeErrors.TWO_UNTYPED.raise(left, right);
    }
  }

  /**
   * General deduction against an expression of type {@code other}: of the candidates the docs
   * list (varchar(8000), nvarchar(4000), varbinary(8000), numeric(38,19), time(7), datetime2(7),
   * datetimeoffset(7) and the fixed types), the one that converts least — the other side's own
   * type where it is a candidate, else its family's widest.
   */
  public static SqlType general(SqlType other) {
    return switch (other.id()) {
      case CHAR, VARCHAR -> other.isMax() ? other : SqlType.ofLength(TypeId.VARCHAR, SqlTypes.MAX_BYTES);
      case NCHAR, NVARCHAR -> other.isMax() ? other : SqlType.ofLength(TypeId.NVARCHAR, SqlTypes.MAX_NCHARS);
      case BINARY, VARBINARY -> other.isMax() ? other : SqlType.ofLength(TypeId.VARBINARY, SqlTypes.MAX_BYTES);
      case TEXT -> SqlTypes.VARCHAR_MAX;
      case NTEXT -> SqlTypes.NVARCHAR_MAX;
      case IMAGE -> SqlTypes.VARBINARY_MAX;
      case DECIMAL, NUMERIC -> new SqlType(TypeId.NUMERIC, 0, 38, 19);
      case TIME, DATETIME2, DATETIMEOFFSET -> SqlType.withScale(other.id(), SqlTypes.DEFAULT_TIME_SCALE);
      default -> other;
    };
  }
}
