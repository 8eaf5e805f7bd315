package dev.offeranalyzer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bytes' hash, size and modification time of every file under a folder, to prove a run left its
 * inputs untouched (SPEC section 11).
 */
public final class InputSnapshot {

  private record State(String sha256, long size, FileTime modified) {}

  private final Path root;
  private final Map<String, State> files;

  private InputSnapshot(Path root, Map<String, State> files) {
    this.root = root;
    this.files = files;
  }

  /** Takes the snapshot now. */
  public static InputSnapshot of(Path root) throws IOException {
    Map<String, State> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(p).toString(),
            new State(sha256(p), Files.size(p), Files.getLastModifiedTime(p)));
      }
    }
    return new InputSnapshot(root, files);
  }

  /** Fails naming the first file added, removed or changed since the snapshot. */
  public void assertUnchanged() throws IOException {
    assertThat(of(root).files).as("input files under %s", root).isEqualTo(files);
  }

  /** How many files the snapshot holds. */
  public int size() {
    return files.size();
  }

  private static String sha256(Path p) throws IOException {
    try (var in = Files.newInputStream(p)) {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
