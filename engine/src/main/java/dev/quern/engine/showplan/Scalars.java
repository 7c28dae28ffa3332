package dev.quern.engine.showplan;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.Constant;

/**
 * Scalar expressions as ShowPlanXML holds them: a ScalarOperator whose ScalarString is the
 * expression's T-SQL, holding an Identifier for a column, a Const for a constant, and otherwise an
 * Intrinsic named "Expression": Quern does not break other expressions into SQL Server's scalar
 * operator tree (SSMS shows the ScalarString).
 */
final class Scalars {
  private Scalars() {}

  static XmlElement operator(BoundExpr e) {
    XmlElement s = new XmlElement("ScalarOperator").attr("ScalarString", e.toSql());
    switch (e) {
      case ColumnExpr c -> s.child("Identifier").add(ColumnReference.computed(c.name()).xml());
      case Constant c -> s.child("Const").attr("ConstValue", c.toSql());
      default -> s.child("Intrinsic").attr("FunctionName", "Expression");
    }
    return s;
  }

  /** An expression Quern writes only as text (an Assert's CASE, a SET list). */
  static XmlElement text(String sql) {
    XmlElement s = new XmlElement("ScalarOperator").attr("ScalarString", sql);
    s.child("Intrinsic").attr("FunctionName", "Expression");
    return s;
  }

  /** A {@code <Predicate>} (or other wrapper named {@code wrapper}) around the expression. */
  static XmlElement wrapped(String wrapper, BoundExpr e) {
    return new XmlElement(wrapper).add(operator(e));
  }
}
