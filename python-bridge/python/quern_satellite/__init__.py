"""Quern's Python satellite: runs sp_execute_external_script scripts for the Quern server.

Processes: the server starts one fork-server parent per (login, external resource pool)
(``server``); the parent forks warmed children ahead of need; each child serves one call, or the
successive calls of one client session, each in a fresh namespace (``session``), and exits. The
parent also imports, ahead of later children, the environment's modules that scripts imported
(``preload``).

Channels, protocol version 5 (``protocol.VERSION``):

* control: a Unix domain socket, framed typed messages (``protocol`` lists them all);
* data: a shared-memory segment in /dev/shm mapped by both sides (``shm``), carrying Arrow IPC
  streams: parameters, input chunks, output chunks and output parameters.

A call, as the satellite sees it::

    S: HELLO(version, pid)            J: ATTACH(segment, size)      S: ATTACHED
    J: EXECUTE(request id, script, names, partition/order columns, params)
    J: DATA(PARAMS) -> S: ACK                                  (if there are @params)
    repeat per chunk (once without @r_rowsPerRead):
        J: DATA(INPUT) -> S: ACK   ...    J: RUN
        S: DATA(OUTPUT) -> J: ACK  ...    S: RUN_DONE(has_output) | ERROR(kind, detail)
    J: FINISH
    S: DATA(OUTPUT_PARAMS) -> J: ACK                           (if there are OUTPUT params)
    S: OUTPUT_TEXT(stdout) OUTPUT_TEXT(stderr) DONE(reusable, imported modules)
    then the next EXECUTE of the session (version 5), or Java closes the socket and it exits

Writers await an ACK only before reusing the region (pipelining, see ``protocol``): Java sends its
last input DATA, RUN and FINISH together, and FINISH may overtake the ACKs of the output chunks;
the satellite sends DONE without waiting for the last one. Frames are coalesced, so a one-row call
is one write each way. After an ERROR the satellite sends its output texts and DONE. After a DONE
that says it cannot serve another call it reads until Java closes the socket, then exits. The type mapping is in
``typemap``; how the script runs is in ``executor``.
"""

from .protocol import VERSION

__all__ = ["VERSION"]
