package dev.quern.engine.indexedview;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Walks and rewrites a parsed view (the AST is records and lists of records) through the records'
 * components, so that the rules and the maintenance statements see every expression and table
 * source whatever their kind, without a visitor per node type.
 */
final class AstTrees {
  private AstTrees() {}

  /** Calls {@code visit} on {@code node} and every record below it, parents first. */
  static void walk(Object node, Consumer<Object> visit) {
    if (node instanceof List<?> list) {
      list.forEach(x -> walk(x, visit));
      return;
    }
    if (node == null || !node.getClass().isRecord() || !node.getClass().getPackageName().startsWith("dev.quern.engine.ast")) {
      return;
    }
    visit.accept(node);
    for (RecordComponent c : node.getClass().getRecordComponents()) {
      walk(component(node, c), visit);
    }
  }

  /**
   * {@code node} with every record below it replaced by what {@code replace} gives for it (itself
   * when unchanged), parents first: a replaced record is not walked further.
   */
  @SuppressWarnings("unchecked")
  static <T> T rewrite(T node, UnaryOperator<Object> replace) {
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(x -> out.add(rewrite(x, replace)));
      return (T) out;
    }
    if (node == null || !node.getClass().isRecord() || !node.getClass().getPackageName().startsWith("dev.quern.engine.ast")) {
      return node;
    }
    Object replaced = replace.apply(node);
    if (replaced != node) {
      return (T) replaced;
    }
    RecordComponent[] components = node.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean changed = false;
    for (int i = 0; i < components.length; i++) {
      Object before = component(node, components[i]);
      values[i] = rewrite(before, replace);
      types[i] = components[i].getType();
      changed |= values[i] != before && !(before instanceof List<?> l && l.equals(values[i]));
    }
    if (!changed) {
      return node;
    }
    try {
      var constructor = node.getClass().getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return (T) constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + node.getClass().getSimpleName(), e);
    }
  }

  private static Object component(Object node, RecordComponent c) {
    try {
      var accessor = c.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }
}
