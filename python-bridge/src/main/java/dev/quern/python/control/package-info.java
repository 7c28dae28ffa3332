/**
 * The control channel between Java and a Python satellite: a Unix domain socket carrying small
 * framed typed messages ({@link dev.quern.python.control.Message}, protocol version 5).
 *
 * <p>Frame: {@code u32 length (big-endian, of what follows) | u8 type | fields}. A call:
 *
 * <pre>
 * S: HELLO(version, pid)         J: ATTACH(segment path, size)     S: ATTACHED   (J unlinks)
 * J: EXECUTE(request id, language, script, input/output names, partition/order columns,
 *            params (name, sql type, output), memory limit, nice)
 * J: DATA(PARAMS) -> S: ACK                                     if there are @params
 * per chunk (one without @r_rowsPerRead):
 *    J: DATA(INPUT) -> S: ACK ...   J: RUN
 *    S: DATA(OUTPUT) -> J: ACK ...  S: RUN_DONE(has output) | ERROR(kind, traceback)
 * J: FINISH
 * S: DATA(OUTPUT_PARAMS) -> J: ACK                              if there are OUTPUT params
 * S: OUTPUT_TEXT(stdout) OUTPUT_TEXT(stderr) DONE(reusable)     (texts only when non-empty)
 * </pre>
 *
 * Pipelining (version 2): a writer awaits a chunk's ACK only before it writes the same region
 * again, so the last input DATA, RUN and (after the last run) FINISH leave in one burst, and FINISH
 * may arrive before the ACKs of the output chunks; the satellite acts on it after RUN_DONE.
 *
 * <p>Version 3: the satellite does not wait for the ACK of its last output chunk either; it sends
 * RUN_DONE, its texts and DONE at once, then reads (and drops) what Java still sends until Java
 * closes the socket, and exits, so a late ACK never meets a closed socket (Java sends none for a
 * chunk whose DONE it already holds). Frames are coalesced:
 * each side writes what it has ready in one write before it waits, and reads take every frame the
 * socket holds. EXECUTE leaves at once when there is an input query (the satellite renames its
 * directory and compiles the script while Java runs the query), else it is held back ({@link
 * dev.quern.python.control.ControlChannel#queue}) to travel with RUN and FINISH. A call with one
 * input chunk and one output chunk is thus one round trip after EXECUTE:
 *
 * <pre>
 * J: EXECUTE      J: DATA(INPUT) RUN FINISH          S: ACK DATA(OUTPUT) RUN_DONE DONE
 * </pre>
 *
 * <p>Version 5: DONE says whether the satellite can serve another call. If it can, Java may keep
 * it for the session that ran the call and send that session's next EXECUTE on the same socket
 * and segment; the satellite has meanwhile given itself a fresh working directory, environment and
 * {@code sys.path}. An ACK that crossed DONE reaches it before that EXECUTE and is dropped. DONE
 * also lists the modules of the Python environment that the script imported, which the
 * fork-server parent then imports ahead of its next children.
 *
 * <p>After ERROR the satellite sends its output texts and DONE. The data itself is never on the
 * socket: DATA points into the shared segment ({@code dev.quern.python.shm}). A frame above 64 MiB
 * or a message with a length beyond its frame is a protocol error. Must not import the engine.
 */
package dev.quern.python.control;
