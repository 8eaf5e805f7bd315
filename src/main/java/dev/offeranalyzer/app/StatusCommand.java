package dev.offeranalyzer.app;

import dev.offeranalyzer.output.FolderStatus;
import dev.offeranalyzer.output.StateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status}: what an output folder holds. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Shows what an output folder holds: offers, versions, messages by state, the last runs.")
public final class StatusCommand implements Callable<Integer> {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "The output folder.")
  Path output;

  @Override
  public Integer call() {
    if (!Files.isDirectory(output)) {
      System.out.println("error: " + output + " is not a folder");
      return Main.USAGE;
    }
    try {
      FolderStatus.describe(output).forEach(System.out::println);
      return Main.OK;
    } catch (IOException | StateException e) {
      System.out.println("error: cannot read the state of " + output + " (" + e.getMessage() + ")");
      return Main.FATAL;
    }
  }
}
