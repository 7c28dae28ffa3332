package dev.quern.engine.ast;

/** How OPENROWSET(BULK …) reads its file: as bytes, as UTF-8 text, or as UTF-16 text. */
public enum BulkFileKind {
  SINGLE_BLOB,
  SINGLE_CLOB,
  SINGLE_NCLOB
}
