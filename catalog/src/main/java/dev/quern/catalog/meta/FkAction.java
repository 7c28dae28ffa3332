package dev.quern.catalog.meta;

/** A foreign key's ON DELETE / ON UPDATE action (sys.foreign_keys.delete_referential_action). */
public enum FkAction {
  NO_ACTION,
  CASCADE,
  SET_NULL,
  SET_DEFAULT
}
