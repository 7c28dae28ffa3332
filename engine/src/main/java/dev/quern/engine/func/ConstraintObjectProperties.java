package dev.quern.engine.func;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.FkAction;
import java.util.Set;

/**
 * OBJECTPROPERTY's answers for a constraint's object id ("OBJECTPROPERTY (Transact-SQL)"): what
 * kind of constraint it is (IsConstraint, IsPrimaryKey, IsUniqueCnst, IsForeignKey, IsCheckCnst,
 * IsDefaultCnst) and the CnstIs… properties. Liquibase's snapshot reads a foreign key's rules from
 * CnstIsDeleteCascade and CnstIsUpdateCascade.
 */
final class ConstraintObjectProperties {
  /** Properties of tables, views and modules: a constraint is none of those. */
  private static final Set<String> NOT_THIS_KIND = Set.of(
      "ISUSERTABLE", "ISTABLE", "ISVIEW", "ISPROCEDURE", "ISSCALARFUNCTION", "ISTABLEFUNCTION",
      "ISINLINEFUNCTION", "ISSEQUENCE", "ISMSSHIPPED", "ISSYSTEMTABLE", "ISTRIGGER");

  private ConstraintObjectProperties() {}

  /** 1 or 0; NULL for a property that does not apply to constraints. */
  static Integer of(Constraint c, String property) {
    Boolean answer =
        switch (property) {
          case "ISCONSTRAINT" -> true;
          case "ISPRIMARYKEY" -> c instanceof Constraint.PrimaryKey;
          case "ISUNIQUECNST" -> c instanceof Constraint.Unique;
          case "ISFOREIGNKEY" -> c instanceof Constraint.ForeignKey;
          case "ISCHECKCNST" -> c instanceof Constraint.Check;
          case "ISDEFAULTCNST" -> c instanceof Constraint.Default;
          case "CNSTISDELETECASCADE" -> c instanceof Constraint.ForeignKey f && f.onDelete() == FkAction.CASCADE;
          case "CNSTISUPDATECASCADE" -> c instanceof Constraint.ForeignKey f && f.onUpdate() == FkAction.CASCADE;
          case "CNSTISDISABLED" -> switch (c) {
            case Constraint.ForeignKey f -> f.disabled();
            case Constraint.Check k -> k.disabled();
            default -> false;
          };
          case "CNSTISNOTTRUSTED" -> switch (c) {
            case Constraint.ForeignKey f -> f.notTrusted();
            case Constraint.Check k -> k.notTrusted();
            default -> false;
          };
          case "CNSTISNOTREPL" -> false;
          default -> NOT_THIS_KIND.contains(property) ? false : null;
        };
    return answer == null ? null : answer ? 1 : 0;
  }
}
