package dev.quern.engine.proc.files;

import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/**
 * The file system extended procedures ({@link CreateSubdirProcedure}, {@link DeleteFileProcedure},
 * {@link FileExistProcedure}, {@link DirTreeProcedure}).
 */
public final class FileProcedures {
  private FileProcedures() {}

  public static List<SystemProcedure> all() {
    List<SystemProcedure> all = new java.util.ArrayList<>(List.of(new CreateSubdirProcedure(), new DeleteFileProcedure(),
        new FileExistProcedure(), DirTreeProcedure.dirTree(), DirTreeProcedure.subdirs()));
    all.addAll(BackupDeviceProcedures.all());
    return List.copyOf(all);
  }
}
