/**
 * The procedures that maintain modules and their plans: sp_recompile (drops the cached plans of a
 * module, or of a table's triggers and the modules that reference it, so they compile again),
 * sp_refreshview and sp_refreshsqlmodule (bind a view or module's definition again, raising what
 * no longer binds: Quern keeps a module's text and binds it when used, so there is no stored
 * metadata to rewrite), and sp_settriggerorder.
 *
 * <p>Depends on {@code proc} (the procedure contract), {@code proc.catalog} (argument binding),
 * {@code parser}, {@code stats} (the plan cache), {@code session} and {@code catalog.meta}; must
 * not import {@code exec}.
 */
package dev.quern.engine.proc.module;
