package dev.quern.engine.exec;

/** How a statement ended, for the enclosing loop or body: normally, or by BREAK/CONTINUE/RETURN. */
enum Signal {
  NORMAL,
  BREAK,
  CONTINUE,
  RETURN,
  /** A GOTO: the label ({@link Frame#gotoLabel}) is looked for in this list, then in those around it. */
  GOTO
}
