package dev.quern.catalog.meta;

/**
 * An object that lives in a schema and has a name unique there (sys.objects): a table, a view, a
 * sequence, a stored procedure or a user-defined function. Constraints are objects too but live inside their {@link Table}.
 */
public sealed interface SchemaObject permits Table, View, Sequence, Procedure, UserFunction, Trigger, Synonym {
  int id();

  int schemaId();

  String name();

  /** The sys.objects type code: U (table), V (view), SO (sequence), P (procedure), FN/IF/TF (function), TR (trigger), SN (synonym). */
  String typeCode();
}
