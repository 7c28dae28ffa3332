package dev.quern.engine.showplan;

import java.util.List;
import java.util.Locale;

/**
 * Writes a batch's statements as one ShowPlanXML document (schema
 * http://schemas.microsoft.com/sqlserver/2004/07/showplan, showplanxml.xsd): BatchSequence, Batch,
 * Statements, a StmtSimple per statement with its QueryPlan of nested RelOps, a StmtCond per IF or
 * WHILE with its Condition and the statements of its Then and Else. This is the column of SET
 * SHOWPLAN_XML, SET STATISTICS XML and sys.dm_exec_query_plan.
 */
public final class ShowplanXml {
  public static final String NAMESPACE = "http://schemas.microsoft.com/sqlserver/2004/07/showplan";
  /** The schema version and build SQL Server 2022 RTM writes; SSMS reads documents by Version. */
  private static final String VERSION = "1.564";
  private static final String BUILD = "16.0.1000.6";

  /** The SET options a statement compiled under, as StatementSetOptions shows them. */
  public record SetOptions(
      boolean ansiNulls, boolean ansiPadding, boolean ansiWarnings, boolean arithAbort,
      boolean concatNullYieldsNull, boolean numericRoundAbort, boolean quotedIdentifier) {}

  private ShowplanXml() {}

  public static String document(List<ShowplanStatement> statements, SetOptions options) {
    XmlElement root = new XmlElement("ShowPlanXML").attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        .attr("xmlns:xsd", "http://www.w3.org/2001/XMLSchema").attr("Version", VERSION).attr("Build", BUILD)
        .attr("xmlns", NAMESPACE);
    XmlElement list = root.child("BatchSequence").child("Batch").child("Statements");
    for (ShowplanStatement s : statements) {
      list.add(statement(s, options));
    }
    StringBuilder out = new StringBuilder(); // no XML declaration: the column holds the element, as SQL Server sends it
    root.write(out);
    return out.toString();
  }

  private static XmlElement statement(ShowplanStatement s, SetOptions o) {
    boolean cond = s.then() != null;
    XmlElement e = new XmlElement(cond ? "StmtCond" : "StmtSimple").attr("StatementText", s.text())
        .attr("StatementId", s.id()).attr("StatementCompId", s.id()).attr("StatementType", s.type())
        .attr("RetrievedFromCache", "false");
    if (s.root() != null) {
      e.attr("StatementSubTreeCost", number(s.cost())).attr("StatementEstRows", number(s.rows()))
          .attr("StatementOptmLevel", "FULL");
      e.child("StatementSetOptions").attr("ANSI_NULLS", bool(o.ansiNulls())).attr("ANSI_PADDING", bool(o.ansiPadding()))
          .attr("ANSI_WARNINGS", bool(o.ansiWarnings())).attr("ARITHABORT", bool(o.arithAbort()))
          .attr("CONCAT_NULL_YIELDS_NULL", bool(o.concatNullYieldsNull()))
          .attr("NUMERIC_ROUNDABORT", bool(o.numericRoundAbort())).attr("QUOTED_IDENTIFIER", bool(o.quotedIdentifier()));
    }
    XmlElement plan = s.root() == null ? null : queryPlan(s.root());
    if (!cond) {
      return plan == null ? e : e.add(plan);
    }
    // StmtCond (showplanxml.xsd): Condition (its QueryPlan when it reads a table), Then, Else.
    XmlElement condition = e.child("Condition");
    if (plan != null) {
      condition.add(plan);
    }
    branch(e.child("Then"), s.then(), o);
    if (s.otherwise() != null) {
      branch(e.child("Else"), s.otherwise(), o);
    }
    return e;
  }

  private static void branch(XmlElement wrapper, List<ShowplanStatement> statements, SetOptions o) {
    XmlElement list = wrapper.child("Statements");
    statements.forEach(s -> list.add(statement(s, o)));
  }

  private static XmlElement queryPlan(PlanOperator root) {
    XmlElement plan = new XmlElement("QueryPlan").attr("CompileTime", 0).attr("CompileCPU", 0);
    List<XmlElement> missing = new java.util.ArrayList<>();
    missingIndexes(root, missing);
    if (!missing.isEmpty()) {
      // Ahead of the operators, as SSMS reads it for its "Missing Index" line.
      XmlElement list = plan.child("MissingIndexes");
      missing.forEach(list::add);
    }
    return plan.add(relOp(root));
  }

  /** The MissingIndexGroups of the table reads under {@code op}, in plan order. */
  private static void missingIndexes(PlanOperator op, List<XmlElement> out) {
    if (op.missingIndex() != null) {
      out.add(op.missingIndex());
    }
    op.children().forEach(c -> missingIndexes(c, out));
  }

  static XmlElement relOp(PlanOperator op) {
    XmlElement r = new XmlElement("RelOp").attr("AvgRowSize", op.avgRowSize()).attr("EstimateCPU", number(op.estimateCpu()))
        .attr("EstimateIO", number(op.estimateIo())).attr("EstimateRebinds", 0)
        .attr("EstimateRewinds", number(Math.max(0, op.estimateExecutions() - 1)))
        .attr("EstimatedExecutionMode", "Row").attr("EstimateRows", number(op.estimateRows()))
        .attr("LogicalOp", op.logicalOp()).attr("NodeId", op.nodeId()).attr("Parallel", "false")
        .attr("PhysicalOp", op.physicalOp()).attr("EstimatedTotalSubtreeCost", number(op.subtreeCost()));
    XmlElement out = r.child("OutputList");
    op.output().forEach(c -> out.add(c.xml()));
    if (op.hasActuals()) {
      r.child("RunTimeInformation").child("RunTimeCountersPerThread").attr("Thread", 0)
          .attr("ActualRows", op.actualRows()).attr("ActualEndOfScans", op.actualExecutions())
          .attr("ActualExecutions", op.actualExecutions());
    }
    XmlElement element = copy(op.element());
    int slot = op.childSlot() < 0 ? element.children().size() : op.childSlot();
    for (PlanOperator child : op.children()) {
      element.children().add(slot++, relOp(child));
    }
    return r.add(element);
  }

  /** The operator element with its own children, ready to take the RelOps (it is shared). */
  private static XmlElement copy(XmlElement e) {
    XmlElement c = new XmlElement(e.name());
    c.copyAttributes(e);
    e.children().forEach(c::add);
    return c;
  }

  private static String trim(String s) {
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  private static String bool(boolean b) {
    return b ? "true" : "false";
  }

  /** A double as showplans print it: up to 7 significant digits, no exponent for usual sizes. */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    String s = String.format(Locale.ROOT, "%.7g", d);
    int e = s.indexOf('e');
    if (e < 0) {
      return trim(s);
    }
    // 4.8E-07, as SQL Server writes small costs.
    return trim(s.substring(0, e)) + "E" + s.substring(e + 1);
  }
}
