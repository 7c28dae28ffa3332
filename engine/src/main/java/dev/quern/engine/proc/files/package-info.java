/**
 * The extended stored procedures that reach the server's file system, as maintenance scripts call
 * them to manage backup directories: xp_create_subdir, xp_delete_file, xp_fileexist. Each is
 * sysadmin's only (229 for others), as SQL Server grants them; paths are the server machine's
 * and must be absolute (22049 otherwise). Uses {@code dev.quern.engine.proc} and the error
 * catalog; must not import the executor or the store.
 */
package dev.quern.engine.proc.files;
