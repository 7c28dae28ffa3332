/**
 * The {@code quern} command line (Picocli): {@code quern serve} opens the engine over the data
 * directory, sets up the sa password and TLS material, starts the TDS server and prints how to
 * connect.
 *
 * <p>The only package that wires everything together; nothing imports it.
 */
package dev.quern.server.cli;
