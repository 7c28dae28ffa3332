package dev.quern.engine.exec;

/** How a statement ended, for the enclosing loop or body: normally, or by BREAK/CONTINUE/RETURN. */
enum Signal {
  NORMAL,
  BREAK,
  CONTINUE,
  RETURN
}
