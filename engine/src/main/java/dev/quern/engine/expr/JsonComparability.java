package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.JsonTypeErrors;
import dev.quern.engine.error.SqlErrors;

/**
 * json is not comparable in SQL Server 2025: {@code json = json}, json against character data and
 * even {@code json = NULL} are 13636 (only IS NULL works); json against any other type is 402, as
 * the two types never meet.
 */
final class JsonComparability {
  private JsonComparability() {}

  static void check(String op, BoundExpr left, BoundExpr right) {
    boolean l = left.type() != null && left.type().id() == TypeId.JSON;
    boolean r = right.type() != null && right.type().id() == TypeId.JSON;
    if (!l && !r) {
      return;
    }
    BoundExpr other = l ? right : left;
    TypeId o = other.type() == null ? TypeId.JSON : other.type().id();
    boolean bareNull = other instanceof Constant k && k.value() == null && k.toSql().equals("NULL");
    if (o == TypeId.JSON || SqlTypes.isCharacter(o) || bareNull) {
      throw JsonTypeErrors.NOT_COMPARABLE.raise();
    }
    String operation = ExprCollations.operationName(op);
    throw SqlErrors.INVALID_OPERATOR_TYPES.raise(
        SqlTypes.name(left.type().id()), SqlTypes.name(right.type().id()), operation == null ? op : operation);
  }
}
