package dev.quern.engine.func;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Literals;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.catalog.value.TypedValue;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Calls built-ins as the executor does: typed arguments, result type first. */
final class FunctionTesting {
  static final FunctionRegistry REGISTRY = FunctionRegistry.builtins();

  private FunctionTesting() {}

  /** A typed argument: {@code arg(5, "int")}, {@code arg(null, "varchar(3)")}. */
  static TypedValue arg(Object value, String type) {
    return new TypedValue(value, SqlTypes.parseForCast(type));
  }

  static TypedValue s(String value) {
    return Literals.string(value);
  }

  static TypedValue n(String value) {
    return Literals.nstring(value);
  }

  static TypedValue i(int value) {
    return new TypedValue(value, SqlTypes.INT);
  }

  static TypedValue num(String literal) {
    return literal.contains("e") || literal.contains("E")
        ? Literals.floating(literal)
        : Literals.numeric(literal);
  }

  static ScalarFunction fn(String name) {
    return REGISTRY.lookup(name).orElseThrow(() -> new AssertionError("no function " + name));
  }

  static SqlType type(String name, TypedValue... args) {
    return fn(name).returnType(types(args));
  }

  static Object call(FunctionContext ctx, String name, TypedValue... args) {
    ScalarFunction f = fn(name);
    List<SqlType> types = types(args);
    f.returnType(types);
    Object[] values = new Object[args.length];
    for (int k = 0; k < args.length; k++) {
      values[k] = args[k].value();
    }
    return f.invoke(values, types, ctx);
  }

  static Object call(String name, TypedValue... args) {
    return call(new FixedContext(), name, args);
  }

  private static List<SqlType> types(TypedValue... args) {
    List<SqlType> types = new ArrayList<>();
    for (TypedValue a : args) {
      types.add(a.type());
    }
    return types;
  }

  static void assertError(ThrowingCallable call, int number, String text) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SqlValueException.class,
            e -> {
              assertThat(e.number()).isEqualTo(number);
              assertThat(e.text()).isEqualTo(text);
            });
  }
}
