package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class LogConfiguratorTest {

  @Test
  void inCode_warningsToStderr_poiSilent() {
    LoggerContext context = new LoggerContext();

    LogConfigurator.configureInCode(context);

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("org.apache.poi").getEffectiveLevel()).isEqualTo(Level.OFF);
    assertThat(context.getLogger("org.apache.poi.xssf").getEffectiveLevel()).isEqualTo(Level.OFF);
    assertThat(context.getLogger("org.apache.pdfbox").getEffectiveLevel()).isEqualTo(Level.ERROR);
    assertThat(context.getLogger("dev.offeranalyzer.batch").getEffectiveLevel())
        .isEqualTo(Level.WARN);
    ConsoleAppender<ILoggingEvent> stderr =
        (ConsoleAppender<ILoggingEvent>) root.getAppender("STDERR");
    assertThat(stderr.isStarted()).isTrue();
    assertThat(stderr.getTarget()).isEqualTo("System.err");
    assertThat(((PatternLayoutEncoder) stderr.getEncoder()).getPattern())
        .isEqualTo(LogConfigurator.PATTERN);
  }

  @Test
  void withALogbackTestXmlOnTheClassPath_theFileWins() {
    LogConfigurator configurator = new LogConfigurator();
    LoggerContext context = new LoggerContext();
    configurator.setContext(context);

    assertThat(configurator.configure(context))
        .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
  }
}
