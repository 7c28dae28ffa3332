/**
 * sp_addmessage, sp_altermessage and sp_dropmessage: write the user-defined messages into master's
 * catalog (server-wide, in the caller's transaction). Reads are {@code dev.quern.engine.message}'s.
 */
package dev.quern.engine.proc.message;
