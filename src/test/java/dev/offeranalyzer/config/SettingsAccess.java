package dev.offeranalyzer.config;

import java.util.Properties;

/** Opens {@code Settings.fromProperties} to tests in other packages. */
public final class SettingsAccess {
  private SettingsAccess() {}

  public static Settings fromProperties(Properties p) {
    return Settings.fromProperties(p, null);
  }
}
