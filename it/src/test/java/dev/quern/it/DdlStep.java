package dev.quern.it;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * One statement of a {@link DdlProgram} and what it changes in the schema as the catalog views
 * show it: a set of facts such as {@code "index docs.ix_grp"} or {@code "column docs.c_w
 * varchar(200) null"} ({@link SchemaFacts} reads the same facts back from a server).
 */
record DdlStep(String sql, UnaryOperator<Set<String>> effect) {

  static DdlStep of(String sql, String... adds) {
    return new DdlStep(sql, facts -> with(facts, Set.of(adds), Set.of()));
  }

  static DdlStep removing(String sql, String... removes) {
    return new DdlStep(sql, facts -> with(facts, Set.of(), Set.of(removes)));
  }

  /** A step whose facts go in {@code removes} out and {@code adds} in. */
  static DdlStep replacing(String sql, Set<String> removes, Set<String> adds) {
    return new DdlStep(sql, facts -> with(facts, adds, removes));
  }

  Set<String> apply(Set<String> facts) {
    return effect.apply(facts);
  }

  private static Set<String> with(Set<String> facts, Set<String> adds, Set<String> removes) {
    Set<String> out = new TreeSet<>(facts);
    for (String r : removes) {
      if (!out.remove(r)) {
        throw new IllegalStateException("step removes " + r + ", not in " + facts);
      }
    }
    for (String a : adds) {
      if (!out.add(a)) {
        throw new IllegalStateException("step adds " + a + ", already in " + facts);
      }
    }
    return out;
  }
}
