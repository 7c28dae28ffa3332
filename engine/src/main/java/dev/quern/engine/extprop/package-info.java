/**
 * Extended properties (sp_addextendedproperty and its siblings, sys.extended_properties,
 * fn_listextendedproperty): the level path ({@code SCHEMA dbo, TABLE t, COLUMN c}) of an item and
 * the catalog item it names, both ways.
 */
package dev.quern.engine.extprop;
