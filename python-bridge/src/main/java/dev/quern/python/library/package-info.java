/**
 * External libraries (CREATE EXTERNAL LIBRARY) installed for satellites: each set of libraries (a
 * database's public ones, or one user's private ones) is unpacked once into a directory named by
 * the set's content, which satellites put on {@code sys.path}. Uses the SPI's
 * {@code ExternalLibraries}; knows nothing of the control protocol or the pool.
 */
package dev.quern.python.library;
