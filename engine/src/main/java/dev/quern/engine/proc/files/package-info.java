/**
 * The extended stored procedures that reach the server's file system, as maintenance scripts call
 * them to manage backup directories: xp_create_subdir, xp_delete_file, xp_fileexist, xp_dirtree,
 * xp_subdirs. Each is sysadmin's only (229 for others), as SQL Server grants them; paths are the
 * server machine's and must be absolute (22049 otherwise). Also the logical backup devices
 * (sp_addumpdevice, sp_dropdevice), kept in the main catalog through the session's store. Uses
 * {@code dev.quern.engine.proc} and the error catalog; must not import the executor.
 */
package dev.quern.engine.proc.files;
