package dev.offeranalyzer.output;

import dev.offeranalyzer.files.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.jar.JarEntry;

/**
 * Where sqlite-jdbc loads its native library from.
 *
 * <p>Left alone, sqlite-jdbc writes its library (1.1 MB) out of its jar into the temporary folder
 * on every start, under a new name, after running {@code uname -o} to rule out Android and scanning
 * that folder for copies earlier runs left; a run that is killed leaves its copy there for good.
 * That cost a cold one-offer run 0.1 to 0.15 s (docs/performance.md, "Cold start").
 *
 * <p>On Linux x86-64 with glibc, the machine this product is scheduled on, one copy per library
 * version is kept in the user's cache folder instead, and sqlite-jdbc is pointed at it through its
 * own {@code org.sqlite.lib.path}, {@code org.sqlite.lib.name} and {@code org.sqlite.tmpdir}
 * properties. Anywhere else, when those properties are set already, or when the copy cannot be
 * written or loaded, sqlite-jdbc does as it always does.
 */
final class SqliteLibrary {

  static final String RESOURCE = "/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so";
  static final String FILE_NAME = "libsqlitejdbc.so";

  private static boolean done;

  private SqliteLibrary() {}

  /** Points sqlite-jdbc at the kept copy (once per process; see the class comment). */
  static synchronized void useKeptCopy() {
    if (done) {
      return;
    }
    done = true;
    if (System.getProperty("org.sqlite.lib.path") != null || !keptHere()) {
      return;
    }
    Path cache = cacheFolder();
    if (cache == null) {
      return;
    }
    try {
      Path lib = keptCopy(cache);
      if (lib == null) {
        return;
      }
      // Loaded here first: should the cache's file system forbid running code, sqlite-jdbc is
      // left to its own way instead of failing to open the state.
      System.load(lib.toString());
      System.setProperty("org.sqlite.lib.path", lib.getParent().toString());
      System.setProperty("org.sqlite.lib.name", FILE_NAME);
      System.setProperty("org.sqlite.tmpdir", lib.getParent().toString());
    } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
      // sqlite-jdbc extracts its library as before.
    }
  }

  /**
   * The library's copy under {@code cache}, written there when missing: one folder per library
   * (named by its size and CRC in the jar, so a new sqlite-jdbc gets a folder of its own). Null
   * when the library is not in a jar on the class path.
   */
  static Path keptCopy(Path cache) throws IOException {
    URL url = SqliteLibrary.class.getResource(RESOURCE);
    if (url == null) {
      return null;
    }
    URLConnection connection = url.openConnection();
    if (!(connection instanceof JarURLConnection jar)) {
      return null;
    }
    JarEntry entry = jar.getJarEntry();
    long size = entry.getSize();
    long crc = entry.getCrc();
    if (size <= 0 || crc < 0) {
      return null;
    }
    Path lib =
        cache.resolve("sqlite-native-" + Long.toHexString(crc) + "-" + size).resolve(FILE_NAME);
    if (Files.isRegularFile(lib) && Files.size(lib) == size) {
      return lib;
    }
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    }
    AtomicFiles.write(lib, bytes);
    return lib;
  }

  /** {@code $XDG_CACHE_HOME/offer-analyzer}, else {@code ~/.cache/offer-analyzer}; or null. */
  static Path cacheFolder() {
    try {
      String xdg = System.getenv("XDG_CACHE_HOME");
      if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
        return Path.of(xdg, "offer-analyzer");
      }
      String home = System.getProperty("user.home");
      if (home == null || home.isBlank() || !Path.of(home).isAbsolute()) {
        return null;
      }
      return Path.of(home, ".cache", "offer-analyzer");
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /**
   * Whether this machine keeps a copy: Linux on x86-64 with glibc, the library in the jar being
   * built for it (the tests run on the same condition).
   */
  static boolean keptHere() {
    String os = System.getProperty("os.name", "");
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    return os.startsWith("Linux")
        && (arch.equals("amd64") || arch.equals("x86_64"))
        && !System.getProperty("java.runtime.name", "").toLowerCase(Locale.ROOT).contains("android")
        && !Files.exists(Path.of("/lib/ld-musl-x86_64.so.1"));
  }
}
