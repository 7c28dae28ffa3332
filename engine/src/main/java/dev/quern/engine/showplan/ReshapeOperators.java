package dev.quern.engine.showplan;

import dev.quern.engine.ast.QuerySpec.SetOperator;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.AggregateCall;
import dev.quern.engine.plan.AggregateNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.SetOperationNode;
import dev.quern.engine.plan.SortNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The showplan operators that reshape rows rather than read or join them: aggregates (Hash Match
 * or Stream Aggregate), Sort, Top (TOP and OFFSET/FETCH), and the set operations (Concatenation,
 * Hash Match Union / Left Semi Join / Left Anti Semi Join).
 */
final class ReshapeOperators {
  private final OperatorMapper mapper;

  ReshapeOperators(OperatorMapper mapper) {
    this.mapper = mapper;
  }

  PlanOperator aggregate(int id, AggregateNode a) {
    PlanOperator in = mapper.child(a.input());
    boolean grouped = !a.keys().isEmpty();
    XmlElement element = new XmlElement(grouped ? "Hash" : "StreamAggregate");
    XmlElement defined = element.child("DefinedValues");
    List<String> defines = new ArrayList<>();
    List<ColumnReference> names = OperatorMapper.computed(a.columns());
    int k = a.keys().size();
    for (int i = 0; i < a.aggregates().size(); i++) {
      AggregateCall call = a.aggregates().get(i);
      ColumnReference name = names.get(k + i);
      defined.child("DefinedValue").add(name.xml()).add(new XmlElement("ScalarOperator").attr("ScalarString", call.toSql())
          .add(new XmlElement("Aggregate").attr("AggType", call.kind().name()).attr("Distinct", call.distinct() ? "1" : "0")));
      defines.add(name.text() + "=" + call.toSql());
    }
    String keys = String.join(", ", a.keys().stream().map(BoundExpr::toSql).toList());
    if (grouped) {
      XmlElement hashKeys = element.child("HashKeysBuild");
      a.keys().forEach(e -> hashKeys.add(ColumnReference.computed(e.toSql()).xml()));
    }
    double rows = grouped ? Math.max(1, in.estimateRows() * 0.1) : 1;
    String arg = (grouped ? "HASH:(" + keys + "), " : "") + "DEFINE:(" + String.join(", ", defines) + ")";
    double cpu = grouped ? 0.0177 + Estimates.perRow(in.estimateRows(), 0.0000060)
        : Estimates.perRow(in.estimateRows(), 0.0000011);
    return mapper.inner(id, grouped ? "Hash Match" : "Stream Aggregate", "Aggregate", rows, 0, cpu, a.columns(), arg,
        String.join(", ", defines), element, -1, List.of(in));
  }

  PlanOperator sort(int id, SortNode s) {
    PlanOperator in = mapper.child(s.input());
    XmlElement element = new XmlElement("Sort").attr("Distinct", "0");
    XmlElement orderBy = element.child("OrderBy");
    List<String> keys = new ArrayList<>();
    for (SortNode.SortKey k : s.keys()) {
      ColumnReference c = OperatorMapper.computed(s.columns()).get(k.column());
      orderBy.child("OrderByColumn").attr("Ascending", k.descending() ? "0" : "1").add(c.xml());
      keys.add(c.text() + (k.descending() ? " DESC" : " ASC"));
    }
    double rows = in.estimateRows();
    return mapper.inner(id, "Sort", "Sort", rows, 0.0112613, Estimates.sortCpu(rows), s.columns(),
        "ORDER BY:(" + String.join(", ", keys) + ")", null, element, -1, List.of(in));
  }

  PlanOperator top(int id, PlanNode input, BoundExpr count, boolean percent, BoundExpr offset) {
    PlanOperator in = mapper.child(input);
    XmlElement element = new XmlElement("Top").attr("RowCount", "0").attr("IsPercent", percent ? "1" : "0")
        .attr("WithTies", "0");
    double rows = in.estimateRows();
    List<String> args = new ArrayList<>();
    if (offset != null) {
      element.add(Scalars.wrapped("OffsetExpression", offset));
      args.add("OFFSET EXPRESSION:(" + offset.toSql() + ")");
    }
    if (count != null) {
      element.add(Scalars.wrapped("TopExpression", count));
      args.add("TOP EXPRESSION:(" + count.toSql() + ")");
      if (!percent && count.toSql().matches("\\(?\\d+\\)?")) {
        rows = Math.min(rows, Double.parseDouble(count.toSql().replaceAll("[()]", "")));
      }
    }
    return mapper.inner(id, "Top", "Top", rows, 0, Estimates.perRow(rows, 0.0000001), input.columns(),
        String.join(", ", args), null, element, -1, List.of(in));
  }

  PlanOperator setOperation(int id, SetOperationNode s) {
    PlanOperator left = mapper.child(s.left());
    PlanOperator right = mapper.child(s.right());
    if (s.operator() == SetOperator.UNION && s.all()) {
      return mapper.concatenation(id, List.of(left, right), s.columns(),
          left.estimateRows() + right.estimateRows());
    }
    String logical = switch (s.operator()) {
      case UNION -> "Union";
      case INTERSECT -> "Left Semi Join";
      case EXCEPT -> "Left Anti Semi Join";
    };
    double rows = s.operator() == SetOperator.UNION ? left.estimateRows() + right.estimateRows() : left.estimateRows();
    double cpu = 0.0177 + Estimates.perRow(left.estimateRows() + right.estimateRows(), 0.0000058);
    return mapper.inner(id, "Hash Match", logical, rows, 0, cpu, s.columns(), "", null, new XmlElement("Hash"), -1,
        List.of(left, right));
  }
}
