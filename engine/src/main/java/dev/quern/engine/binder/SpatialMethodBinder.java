package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.MethodCall;
import dev.quern.engine.ast.StaticMethodCall;
import dev.quern.engine.error.ClrTypeErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.SpatialMethod;
import dev.quern.engine.expr.SpatialMethod.Kind;
import dev.quern.engine.expr.SpatialMethodExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds geometry's and geography's members: methods on a value ({@code @g.STArea()}, {@code
 * col.STDistance(@p)}), properties ({@code @g.STX}, {@code col.Lat}), static methods by the type's
 * name ({@code geometry::Point(1, 2, 0)}), and the one settable property ({@code SET @g.STSrid =
 * 4326}, {@code UPDATE t SET col.STSrid = 4269}). Names are case-sensitive, as a CLR type's: a
 * method the type lacks is 6506, a property 6592, an assigned property other than STSrid 6595.
 * Arguments convert to the parameter types as an assignment would (206 when they cannot).
 */
final class SpatialMethodBinder {
  private static final String ASSEMBLY = "Microsoft.SqlServer.Types";

  private SpatialMethodBinder() {}

  static boolean isSpatial(SqlType t) {
    return t != null && (t.id() == TypeId.GEOMETRY || t.id() == TypeId.GEOGRAPHY);
  }

  /** Whether a static call's type name is geometry's or geography's. */
  static boolean isSpatialName(String typeName) {
    TypeId id = SqlTypes.lookup(typeName);
    return id == TypeId.GEOMETRY || id == TypeId.GEOGRAPHY;
  }

  private static String clrType(SqlType t) {
    return t.id() == TypeId.GEOGRAPHY ? "Microsoft.SqlServer.Types.SqlGeography"
        : "Microsoft.SqlServer.Types.SqlGeometry";
  }

  /** A method called on a geometry or geography value; as a mutator, {@code STSrid = n}. */
  static BoundExpr bind(ExpressionBinder binder, BoundExpr target, MethodCall call) {
    SqlType self = target.type();
    if (call.mutator()) {
      SpatialMethod p = SpatialMethod.named(call.method(), Kind.PROPERTY, self);
      if (p == null) {
        throw ClrTypeErrors.NO_PROPERTY.raise(call.method(), clrType(self), ASSEMBLY);
      }
      if (p != SpatialMethod.ST_SRID) {
        throw ClrTypeErrors.READ_ONLY_PROPERTY.raise(call.method(), clrType(self), ASSEMBLY);
      }
      List<BoundExpr> value = List.of(ClrMethodArguments.converted(binder, binder.value(call.args().getFirst()), SqlTypes.INT));
      return new SpatialMethodExpr(p, self, target, value, true, call.toSql());
    }
    SpatialMethod m = checked(SpatialMethod.named(call.method(), Kind.METHOD, self), call.method(), call.args(), self);
    return new SpatialMethodExpr(m, self, target, arguments(binder, m, call.args(), self), false, call.toSql());
  }

  /** A property read: {@code target.name}. */
  static BoundExpr property(BoundExpr target, String name, String sql) {
    SqlType self = target.type();
    SpatialMethod p = SpatialMethod.named(name, Kind.PROPERTY, self);
    if (p == null) {
      throw ClrTypeErrors.NO_PROPERTY.raise(name, clrType(self), ASSEMBLY);
    }
    return new SpatialMethodExpr(p, self, target, List.of(), false, sql);
  }

  /** {@code geometry::Method(…)}, {@code geography::Null}. */
  static BoundExpr bindStatic(ExpressionBinder binder, StaticMethodCall call) {
    SqlType self = SqlType.of(SqlTypes.lookup(call.typeName()));
    SpatialMethod m = checked(SpatialMethod.named(call.method(), Kind.STATIC, self), call.method(), call.args(), self);
    return new SpatialMethodExpr(m, self, null, arguments(binder, m, call.args(), self), false, call.toSql());
  }

  /**
   * {@code col.Method(…)}, which parses as a call of a function named {@code col.Method}: the
   * method when the name before it is a geometry or geography column in scope, null otherwise.
   */
  static BoundExpr onColumn(ExpressionBinder binder, FunctionCall f) {
    int dot = f.name().lastIndexOf('.');
    String method = f.name().substring(dot + 1);
    if (dot <= 0 || f.star() || f.distinct() || !SpatialMethod.isNameInAnyCase(method)) {
      return null;
    }
    ColumnRef column = new ColumnRef(List.of(f.name().substring(0, dot).split("\\.")));
    BoundExpr target = spatialColumn(binder, column);
    return target == null ? null : bind(binder, target, new MethodCall(column, method, f.args()));
  }

  /**
   * {@code col.Property} or {@code t.col.Property}, which parse as column names: the property when
   * the name without its last part is a geometry or geography column, null otherwise.
   */
  static BoundExpr propertyOnColumn(ExpressionBinder binder, ColumnRef c) {
    if (c.parts().size() < 2) {
      return null;
    }
    ColumnRef column = new ColumnRef(List.copyOf(c.parts().subList(0, c.parts().size() - 1)));
    BoundExpr target = spatialColumn(binder, column);
    return target == null ? null : property(target, c.parts().getLast(), c.toSql());
  }

  private static BoundExpr spatialColumn(ExpressionBinder binder, ColumnRef column) {
    try {
      BoundExpr target = binder.methodTarget(column);
      return isSpatial(target.type()) ? target : null;
    } catch (SqlException notAColumn) {
      return null;
    }
  }

  private static SpatialMethod checked(SpatialMethod m, String name, List<Expr> args, SqlType self) {
    if (m == null || m.parameters(self).size() != args.size()) {
      throw ClrTypeErrors.NO_METHOD.raise(name, clrType(self), ASSEMBLY);
    }
    return m;
  }

  private static List<BoundExpr> arguments(ExpressionBinder binder, SpatialMethod m, List<Expr> args, SqlType self) {
    List<BoundExpr> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      out.add(ClrMethodArguments.converted(binder, binder.value(args.get(i)), m.parameters(self).get(i)));
    }
    return out;
  }
}
