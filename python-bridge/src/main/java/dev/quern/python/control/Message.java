package dev.quern.python.control;

import java.util.List;

/**
 * The control messages of protocol version {@value #VERSION}, one record per type; the Python
 * side defines the same in {@code quern_satellite/protocol.py}. Type numbers are the wire's.
 */
public sealed interface Message {
  int VERSION = 5;

  /** The type byte on the wire. */
  int type();

  /** S->J, first message: the satellite's protocol version and pid. */
  record Hello(int version, int pid) implements Message {
    public int type() {
      return 1;
    }
  }

  /** J->S: map this shared-memory segment. */
  record Attach(String segmentPath, long segmentSize) implements Message {
    public int type() {
      return 2;
    }
  }

  /** S->J: the segment is mapped (Java may unlink the file now). */
  record Attached() implements Message {
    public int type() {
      return 3;
    }
  }

  /**
   * J->S: start a call. {@code memoryLimit} 0 means none. {@code userLibraries} and
   * {@code sharedLibraries} are the directories of the caller's private and the database's public
   * external libraries, empty when there are none (version 4).
   */
  record Execute(
      String requestId,
      String language,
      String script,
      String inputName,
      String outputName,
      List<String> partitionBy,
      List<String> orderBy,
      List<Param> params,
      long memoryLimit,
      int nice,
      String userLibraries,
      String sharedLibraries)
      implements Message {
    public int type() {
      return 4;
    }
  }

  /** One declared {@code @params} entry inside {@link Execute}. */
  record Param(String name, String sqlType, boolean output) {}

  /** Both ways: a chunk (one Arrow IPC stream) is at {@code offset}, {@code length} bytes. */
  record Data(int kind, long offset, long length) implements Message {
    public static final int PARAMS = 1;
    public static final int INPUT = 2;
    public static final int OUTPUT = 3;
    public static final int OUTPUT_PARAMS = 4;

    public int type() {
      return 5;
    }
  }

  /** Both ways: the last {@link Data} region was consumed and may be reused. */
  record Ack() implements Message {
    public int type() {
      return 6;
    }
  }

  /** J->S: run the script on the input sent since the last run. */
  record Run() implements Message {
    public int type() {
      return 7;
    }
  }

  /** S->J: the run finished; {@code hasOutput} if it produced an output DataFrame. */
  record RunDone(boolean hasOutput) implements Message {
    public int type() {
      return 8;
    }
  }

  /** J->S: no more input: send output parameters, output texts, DONE. */
  record Finish() implements Message {
    public int type() {
      return 9;
    }
  }

  /** S->J: captured stdout (1) or stderr (2), capped; {@code truncatedBytes} were left out. */
  record OutputText(int stream, String text, long truncatedBytes) implements Message {
    public static final int STDOUT = 1;
    public static final int STDERR = 2;

    public int type() {
      return 10;
    }
  }

  /** S->J: the script (kind 1) or the satellite itself (kind 2) failed; detail is a traceback. */
  record Error(int kind, String detail) implements Message {
    public static final int SCRIPT = 1;
    public static final int SATELLITE = 2;

    public int type() {
      return 11;
    }
  }

  /**
   * S->J: the call is over. {@code reusable} (version 5): the satellite can serve the next call of
   * the same session, and waits for its EXECUTE; otherwise, or when Java closes the socket, it exits.
   * {@code imported} (version 5): the modules of the Python environment the script's own imports
   * brought in, for the fork-server parent to import ahead of its next children.
   */
  record Done(boolean reusable, List<String> imported) implements Message {
    public Done {
      imported = List.copyOf(imported);
    }

    /** A DONE that imported nothing. */
    public Done(boolean reusable) {
      this(reusable, List.of());
    }

    public int type() {
      return 12;
    }
  }
}
