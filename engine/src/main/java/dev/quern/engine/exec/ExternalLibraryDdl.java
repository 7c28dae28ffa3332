package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.CatalogExternalLibraries.Upload;
import dev.quern.catalog.meta.ExternalLibrary;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Security;
import dev.quern.engine.ast.ExternalLibraryStatement;
import dev.quern.engine.ast.ExternalLibraryStatement.FileSpec;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.security.DatabaseUser;
import dev.quern.engine.security.PrincipalLookup;
import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CREATE, ALTER and DROP EXTERNAL LIBRARY ("CREATE EXTERNAL LIBRARY (Transact-SQL)"): only the
 * bytes are stored here, in the caller's transaction; a satellite installs them the next time
 * their owner (or, for dbo's public libraries, anyone in the database) runs a script.
 *
 * <p>Permissions: CREATE EXTERNAL LIBRARY in the database (262), AUTHORIZATION for another
 * principal only for db_owner members; ALTER and DROP need ALTER ANY EXTERNAL LIBRARY, db_owner
 * or ownership. Reading CONTENT from a server file takes the bulk-operations right of BULK INSERT
 * (4834, 4860). Names are unique per owner (2714); a missing library is 15151.
 */
final class ExternalLibraryDdl {
  /** The languages sys.external_languages has built in; only Python has a runtime here. */
  private static final Set<String> LANGUAGES = Set.of("python", "r");

  private final SessionState state;
  private final DmlBinder binder;
  private final Frame frame;

  ExternalLibraryDdl(SessionState state, DmlBinder binder, Frame frame) {
    this.state = state;
    this.binder = binder;
    this.frame = frame;
  }

  void run(ExternalLibraryStatement s) {
    Catalog catalog = state.store().storage().catalog(state.databaseId());
    Metadata m = state.store().metadata(catalog);
    int owner = owner(s);
    switch (s.verb()) {
      case CREATE -> create(s, catalog, m, owner);
      case ALTER -> alter(s, catalog, existing(s, m, owner, "alter"));
      case DROP -> catalog.externalLibraries().drop(state.store().txn(catalog), existing(s, m, owner, "drop"));
    }
    state.store().markDdl();
  }

  private void create(ExternalLibraryStatement s, Catalog catalog, Metadata m, int owner) {
    PermissionGate.database(state, "CREATE EXTERNAL LIBRARY");
    String language = language(s.language());
    if (m.externalLibrary(state.databaseId(), owner, s.name()).isPresent()) {
      throw SqlErrors.OBJECT_EXISTS.raise(s.name());
    }
    catalog.externalLibraries().create(
        state.store().txn(catalog), state.databaseId(), s.name(), owner, language, uploads(s.files()));
  }

  private void alter(ExternalLibraryStatement s, Catalog catalog, ExternalLibrary l) {
    if (s.language() != null && !language(s.language()).equalsIgnoreCase(l.language())) {
      throw SecurityErrors.CANNOT_FIND.raise("external language", s.language());
    }
    List<Upload> changed = uploads(s.files());
    List<Upload> kept = new ArrayList<>(changed);
    var txn = state.store().txn(catalog);
    // SET replaces the file of its platform only; a library's other platform keeps its file.
    for (ExternalLibrary.File f : l.files()) {
      if (changed.stream().noneMatch(u -> u.platform() == f.platform())) {
        kept.add(new Upload(f.platform(), catalog.externalLibraries().content(txn, l, f)));
      }
    }
    catalog.externalLibraries().replaceFiles(txn, l, kept);
  }

  /** The library the statement names, checked for ALTER/DROP rights; 15151 when missing or denied. */
  private ExternalLibrary existing(ExternalLibraryStatement s, Metadata m, int owner, String verb) {
    ExternalLibrary l = m.externalLibrary(state.databaseId(), owner, s.name())
        .orElseThrow(() -> SecurityErrors.CANNOT_ACT_ON.raise(verb, "external library", s.name()));
    if (!mayChange(l)) {
      throw SecurityErrors.CANNOT_ACT_ON.raise(verb, "external library", s.name());
    }
    return l;
  }

  private boolean mayChange(ExternalLibrary l) {
    if (state.security().isSa()) {
      return true;
    }
    DatabaseUser user = state.user(state.databaseId()).orElse(null);
    return user != null && (user.isOwner() || user.id() == l.principalId())
        || PermissionGate.hasDatabasePermission(state, "ALTER ANY EXTERNAL LIBRARY");
  }

  /**
   * The owning principal: AUTHORIZATION's (15151 when it names none; another principal than the
   * caller only for db_owner members, else 15151 as SQL Server hides it), else the caller's user.
   */
  private int owner(ExternalLibraryStatement s) {
    DatabaseUser user = state.user(state.databaseId()).orElse(null);
    int self = user == null ? dev.quern.engine.security.Principals.DBO_ID : user.id();
    if (s.owner() == null) {
      return self;
    }
    Security sec = state.store().snapshot(state.store().storage().main()).security();
    int named = PrincipalLookup.databasePrincipalId(sec, state.databaseId(), s.owner())
        .orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise("user", s.owner()));
    boolean owner = state.security().isSa() || user != null && user.isOwner();
    if (named != self && !owner) {
      throw SecurityErrors.CANNOT_FIND.raise("user", s.owner());
    }
    return named;
  }

  /** The language as sys.external_languages spells it; 15151 for one it does not know. */
  private static String language(String language) {
    if (!LANGUAGES.contains(language.toLowerCase(java.util.Locale.ROOT))) {
      throw SecurityErrors.CANNOT_FIND.raise("external language", language);
    }
    return language.equalsIgnoreCase("r") ? "R" : "Python";
  }

  private List<Upload> uploads(List<FileSpec> files) {
    List<Upload> out = new ArrayList<>(files.size());
    for (FileSpec f : files) {
      int platform = "WINDOWS".equals(f.platform()) ? ExternalLibrary.PLATFORM_WINDOWS : ExternalLibrary.PLATFORM_LINUX;
      if (out.stream().anyMatch(u -> u.platform() == platform)) {
        throw SqlErrors.SYNTAX_NEAR.raise(f.platform() == null ? "LINUX" : f.platform());
      }
      out.add(new Upload(platform, f.path() != null ? readFile(f.path()) : evaluate(f)));
    }
    return out;
  }

  private byte[] evaluate(FileSpec f) {
    var bound = binder.scalar(f.content(), "CONTENT");
    Object v = bound.eval(frame.eval);
    if (v == null) {
      throw SqlErrors.NULL_NOT_ALLOWED.raise("content", "sys.external_library_files", "INSERT");
    }
    if (!(v instanceof byte[] bytes)) {
      // SQL Server converts no text to a library's bytes: CONTENT is varbinary(max) or a file path.
      throw SqlErrors.IMPLICIT_CONVERSION_NOT_ALLOWED.raise(
          dev.quern.catalog.type.SqlTypes.name(bound.type().id()), "varbinary(max)");
    }
    return bytes;
  }

  private byte[] readFile(String path) {
    BulkFiles.requirePermission(state);
    try (InputStream in = BulkFiles.open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(path, e.getMessage());
    }
  }
}
