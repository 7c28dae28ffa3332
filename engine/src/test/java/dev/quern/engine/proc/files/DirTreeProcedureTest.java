package dev.quern.engine.proc.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** xp_dirtree and xp_subdirs on a directory tree of the test's own. */
class DirTreeProcedureTest {
  @TempDir Path data;
  @TempDir Path files;

  @BeforeEach
  void tree() throws Exception {
    Files.createDirectories(files.resolve("b/inner/deepest"));
    Files.createDirectories(files.resolve("A"));
    Files.writeString(files.resolve("b/inner/x.bak"), "x");
    Files.writeString(files.resolve("top.txt"), "x");
  }

  @Test
  void dirTreeListsEveryLevelDepthFirstAndFilesWhenAsked() {
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      assertThat(TestSessions.rows(s, "EXEC xp_dirtree N'" + files + "'"))
          .containsExactly("A,1", "b,1", "inner,2", "deepest,3");
      assertThat(TestSessions.rows(s, "EXEC master.sys.xp_dirtree N'" + files + "', 2"))
          .containsExactly("A,1", "b,1", "inner,2");
      assertThat(TestSessions.rows(s, "EXEC xp_dirtree N'" + files + "', 0, 1"))
          .containsExactly("A,1,0", "b,1,0", "inner,2,0", "deepest,3,0", "x.bak,3,1", "top.txt,1,1");
    }
  }

  @Test
  void subdirsListsTheDirectorysOwnSubdirectories() {
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      assertThat(TestSessions.rows(s, "EXEC xp_subdirs N'" + files + "'")).containsExactly("A", "b");
      assertThat(TestSessions.rows(s, "EXEC xp_subdirs N'" + files.resolve("b") + "'")).containsExactly("inner");
    }
  }

  @Test
  void aMissingDirectoryListsNothingAndARelativePathIs22049() {
    try (QuernEngine engine = QuernEngine.open(data); EngineSession s = TestSessions.open(engine)) {
      assertThat(TestSessions.rows(s, "EXEC xp_dirtree N'" + files.resolve("none") + "'")).isEmpty();
      assertThat(TestSessions.run(s, "EXEC xp_subdirs N'relative'").errors())
          .extracting(SqlMessage::number).containsExactly(22049);
    }
  }
}
