package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A static method of a type called by the type's name, {@code type::method(args)}:
 * {@code hierarchyid::GetRoot()}, {@code hierarchyid::Parse('/1/')}. The type name is kept as
 * written and resolved when bound (the CLR types have such methods: hierarchyid, geometry,
 * geography). A static property ({@code geometry::Null}) is held as a call of no arguments.
 */
public record StaticMethodCall(String typeName, String method, List<Expr> args) implements Expr {
  public StaticMethodCall {
    args = List.copyOf(args);
  }

  @Override
  public String toSql() {
    return typeName + "::" + method + "(" + args.stream().map(Expr::toSql).collect(Collectors.joining(", ")) + ")";
  }
}
