package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A data type method called on a value: xml's {@code (SELECT … FOR XML …, TYPE).value('.', 'int')},
 * hierarchyid's {@code @h.GetAncestor(1)}.
 * {@code mutator}: the call stands where SQL Server wants a mutator, as the whole of {@code SET
 * @x.modify(…)} or of an UPDATE's {@code SET col.modify(…)}; everywhere else it is a value.
 * {@code namespaces}: those of the statement's WITH XMLNAMESPACES, or null.
 */
public record MethodCall(Expr target, String method, List<Expr> args, boolean mutator, XmlNamespaces namespaces)
    implements Expr {
  public MethodCall {
    args = List.copyOf(args);
  }

  public MethodCall(Expr target, String method, List<Expr> args) {
    this(target, method, args, false, null);
  }

  /** The target as its statement wrote it: the variable, or the column without its qualifier. */
  public String targetName() {
    return switch (target) {
      case VariableRef v -> v.name();
      case ColumnRef c -> c.parts().getLast();
      default -> target.toSql();
    };
  }

  /** The call read as a function's, {@code schema.name(…)}: what {@code name.method(…)} is when name is no column. */
  public FunctionCall asFunctionCall() {
    String name = target instanceof ColumnRef c ? String.join(".", c.parts()) : target.toSql();
    return FunctionCall.of(name + "." + method, args);
  }

  @Override
  public String toSql() {
    String target = mutator ? targetName() : this.target.toSql();
    return target + "." + method + "(" + args.stream().map(Expr::toSql).collect(Collectors.joining(", ")) + ")";
  }
}
