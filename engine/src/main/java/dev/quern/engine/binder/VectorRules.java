package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.VectorErrors;
import java.util.List;

/**
 * Where SQL Server 2025 refuses a vector because it is not comparable: comparisons (8117, or 402
 * beside a type that does not convert to vector), ORDER BY / GROUP BY / PARTITION BY (42213),
 * DISTINCT (421), UNION / INTERSECT / EXCEPT (5335). Only IS NULL looks at a vector's value.
 */
final class VectorRules {
  private VectorRules() {}

  static boolean isVector(SqlType t) {
    return t != null && t.id() == TypeId.VECTOR;
  }

  static boolean involved(SqlType a, SqlType b) {
    return isVector(a) || isVector(b);
  }

  /** A comparison {@code op} between operands of these types ({@code null}: an untyped NULL). */
  static void checkComparison(String op, SqlType left, SqlType right) {
    if (!involved(left, right)) {
      return;
    }
    SqlType other = isVector(left) ? right : left;
    if (other == null || isVector(other) || Conversions.explicitlyConvertible(other, SqlTypes.VARCHAR_MAX)
        && SqlTypes.isCharacter(other.id())) {
      throw VectorErrors.INVALID_OPERAND.raise(operatorName(op));
    }
    throw SqlErrors.INVALID_OPERATOR_TYPES.raise(name(left), name(right), operatorName(op));
  }

  /** ORDER BY, GROUP BY and PARTITION BY keys. */
  static void checkSortable(SqlType t) {
    if (isVector(t)) {
      throw VectorErrors.NOT_SORTABLE.raise();
    }
  }

  static void checkDistinct(List<SqlType> types) {
    if (types.stream().anyMatch(VectorRules::isVector)) {
      throw VectorErrors.NOT_DISTINCT.raise();
    }
  }

  static void checkSetOperation(List<SqlType> types) {
    if (types.stream().anyMatch(VectorRules::isVector)) {
      throw VectorErrors.NOT_IN_SET_OPERATION.raise();
    }
  }

  private static String name(SqlType t) {
    return t == null ? "NULL" : SqlTypes.name(t.id());
  }

  /** The operator as SQL Server's messages name it. */
  static String operatorName(String op) {
    return switch (op) {
      case "=" -> "equal to";
      case "<>", "!=" -> "not equal to";
      case "<" -> "less than";
      case ">" -> "greater than";
      case "<=" -> "less than or equal to";
      case ">=" -> "greater than or equal to";
      case "!<" -> "not less than";
      case "!>" -> "not greater than";
      default -> op;
    };
  }
}
