package dev.quern.engine.proc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a call's arguments into the procedure's fixed leading parameters (by position, or by
 * their names) and the values that follow for the statement's own parameters.
 */
record Arguments(ProcArg[] fixedArgs, List<ProcArg> values) {
  static Arguments split(List<ProcArg> args, List<String> fixedNames, String procName) {
    ProcArg[] fixed = new ProcArg[fixedNames.size()];
    List<ProcArg> values = new ArrayList<>();
    int next = 0;
    for (ProcArg a : args) {
      int named = a.name() == null ? -1 : fixedNames.indexOf(a.name().toLowerCase(Locale.ROOT));
      if (named >= 0) {
        fixed[named] = a;
        next = Math.max(next, named + 1);
      } else if (a.name() == null && values.isEmpty() && next < fixed.length) {
        fixed[next++] = a;
      } else {
        values.add(a);
      }
    }
    return new Arguments(fixed, values);
  }

  ProcArg fixed(int i) {
    return fixedArgs[i];
  }
}
