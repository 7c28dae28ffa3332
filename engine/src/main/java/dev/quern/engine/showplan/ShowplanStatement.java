package dev.quern.engine.showplan;

/**
 * One statement of a batch as a showplan reports it: its number in the batch (from 1), its text,
 * SQL Server's statement type (SELECT, INSERT, DECLARE, SET ON/OFF …), and its operator tree, null
 * for a statement without a query plan (DECLARE, SET, DDL, control of flow).
 */
public record ShowplanStatement(int id, String text, String type, PlanOperator root) {
  /** The statement's estimated cost: its tree's, 0 without one. */
  public double cost() {
    return root == null ? 0 : root.subtreeCost();
  }

  /** The rows the statement is estimated to return or change. */
  public double rows() {
    return root == null ? 0 : root.estimateRows();
  }
}
