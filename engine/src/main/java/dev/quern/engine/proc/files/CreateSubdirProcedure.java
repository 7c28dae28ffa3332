package dev.quern.engine.proc.files;

import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * xp_create_subdir 'path': creates the directory and any missing parents; a directory that is
 * already there is no error (scripts call it before every backup). A file in the way is 22048
 * with error 183, a directory the server may not write 22048 with error 5. Returns 0.
 */
final class CreateSubdirProcedure implements SystemProcedure {
  static final String NAME = "xp_create_subdir";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    dev.quern.engine.proc.ExtendedProcedureAccess.requireSysadmin(host, NAME);
    Path dir = FileErrors.path(args.isEmpty() ? null : args.getFirst());
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw FileErrors.failed(NAME, FileErrors.ALREADY_EXISTS);
    } catch (AccessDeniedException e) {
      throw FileErrors.failed(NAME, FileErrors.ACCESS_DENIED);
    } catch (IOException e) {
      throw FileErrors.failed(NAME, 3);
    }
    return 0;
  }
}
