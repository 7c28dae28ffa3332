package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/** An xml data type method called on a value: {@code (SELECT … FOR XML …, TYPE).value('.', 'int')}. */
public record XmlMethodCall(Expr target, String method, List<Expr> args) implements Expr {
  public XmlMethodCall {
    args = List.copyOf(args);
  }

  @Override
  public String toSql() {
    return target.toSql() + "." + method + "("
        + args.stream().map(Expr::toSql).collect(Collectors.joining(", ")) + ")";
  }
}
