package dev.quern.engine.showplan;

import java.util.List;

/**
 * One statement of a batch as a showplan reports it: its number in the batch (from 1), its text,
 * SQL Server's statement type (SELECT, INSERT, DECLARE, SET ON/OFF …), and its operator tree, null
 * for a statement without a query plan (DECLARE, SET, DDL, an IF whose condition reads no table).
 * An IF or WHILE (a StmtCond in ShowPlanXML) has {@code then} (the statements of its branch or
 * body) and, for an IF with ELSE, {@code otherwise}; its tree is its condition's. Both are null for
 * the other statements.
 */
public record ShowplanStatement(
    int id, String text, String type, PlanOperator root, List<ShowplanStatement> then,
    List<ShowplanStatement> otherwise) {
  /** A statement that is not an IF or WHILE (a StmtSimple). */
  public ShowplanStatement(int id, String text, String type, PlanOperator root) {
    this(id, text, type, root, null, null);
  }

  /** This IF or WHILE with the statements of its branches. */
  public ShowplanStatement withBranches(List<ShowplanStatement> thenBranch, List<ShowplanStatement> elseBranch) {
    return new ShowplanStatement(id, text, type, root, List.copyOf(thenBranch),
        elseBranch == null ? null : List.copyOf(elseBranch));
  }

  /** The statement's estimated cost: its tree's, 0 without one. */
  public double cost() {
    return root == null ? 0 : root.subtreeCost();
  }

  /** The rows the statement is estimated to return or change. */
  public double rows() {
    return root == null ? 0 : root.estimateRows();
  }
}
