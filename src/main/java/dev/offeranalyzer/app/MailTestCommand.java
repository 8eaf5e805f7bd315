package dev.offeranalyzer.app;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.delivery.DeliveryException;
import dev.offeranalyzer.delivery.MailDelivery;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mail-test}: one short message with the configured SMTP settings, and the answer. */
@Command(
    name = "mail-test",
    mixinStandardHelpOptions = true,
    description =
        "Sends one short test message with the SMTP settings of the config file and prints what"
            + " the server answered.")
public final class MailTestCommand implements Callable<Integer> {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      required = true,
      description = "The settings file (smtp.host, smtp.port, mail.from, ...).")
  Path config;

  @Option(names = "--to", paramLabel = "ADDRESS", required = true, description = "Recipient.")
  String to;

  @Override
  public Integer call() {
    MailDelivery mail;
    try {
      mail = new MailDelivery(Settings.load(config), System.getenv(), Clock.systemDefaultZone());
      String answer = mail.sendTest(to);
      System.out.println("Sent a test message to " + to + ". The server answered: " + answer);
      return Main.OK;
    } catch (Settings.SettingsException e) {
      System.out.println("error: " + e.getMessage());
      return Main.USAGE;
    } catch (DeliveryException e) {
      System.out.println("error: the test message was not sent: " + e.getMessage());
      return Main.REJECTED;
    }
  }
}
