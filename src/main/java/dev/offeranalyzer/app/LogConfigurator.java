package dev.offeranalyzer.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The tool's logging set up in code, found by logback through {@code META-INF/services}: the
 * console is for the coach (the tool prints its own messages on stdout), the log goes to stderr and
 * shows warnings only unless run with {@code --verbose}. POI logs bad input (a DOCTYPE, a damaged
 * zip) with a stack trace; the reader reports it as one clear problem, so POI is silent.
 *
 * <p>Why code and not {@code logback.xml}: parsing the XML loads about 300 of logback's Joran
 * classes, a tenth of a second of every cold start (see docs/performance.md). A {@code
 * -Dlogback.configurationFile} or a {@code logback-test.xml} on the class path still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null
        || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    configureInCode(context);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** The set-up itself, whatever files are on the class path. */
  static void configureInCode(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    context.getLogger("org.apache.poi").setLevel(Level.OFF);
    context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
    context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
  }
}
