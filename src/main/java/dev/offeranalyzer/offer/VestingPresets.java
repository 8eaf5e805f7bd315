package dev.offeranalyzer.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The vesting presets shipped as data in {@code dev/offeranalyzer/offer/vesting_presets.properties}
 * (a resource bundle, so the pure core reads it without file IO). Each preset is parsed with the
 * schedule grammar of SPEC section 3 once, when the class loads; a bad preset is a bug in the data
 * and fails loudly.
 */
public final class VestingPresets {

  /** The bundle's base name. */
  public static final String BUNDLE = "dev.offeranalyzer.offer.vesting_presets";

  private VestingPresets() {}

  /**
   * Reads and parses every preset; called once, by {@link VestingSchedule}'s class initialiser (so
   * the two classes never initialise each other half-way).
   */
  static Map<String, VestingSchedule> load() {
    ResourceBundle b =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Map<String, VestingSchedule> byName = new LinkedHashMap<>();
    for (String name : list(b.getString("presets"))) {
      VestingPreset p =
          new VestingPreset(
              name,
              b.getString(name + ".schedule").trim(),
              list(b.getString(name + ".companies")),
              b.getString(name + ".source").trim(),
              LocalDate.parse(b.getString(name + ".as_of").trim()));
      byName.put(name, VestingSchedule.fromPreset(p));
    }
    return java.util.Collections.unmodifiableMap(byName);
  }

  /** Every preset, in the data's order. */
  public static List<VestingSchedule> all() {
    return List.copyOf(VestingSchedule.presets().values());
  }

  /** The preset names, in the data's order (for the template's drop-down). */
  public static List<String> names() {
    return List.copyOf(VestingSchedule.presets().keySet());
  }

  /** The preset called {@code name} (any case, surrounding spaces ignored). */
  public static Optional<VestingSchedule> named(String name) {
    return Optional.ofNullable(VestingSchedule.presets().get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /** The preset of a company (any case), or {@code even} when the data names none. */
  public static VestingSchedule forCompany(String company) {
    String key = company == null ? "amazon" : company.trim().toLowerCase(Locale.ROOT);
    for (VestingSchedule s : VestingSchedule.presets().values()) {
      if (s.preset().companies().contains(key)) {
        return s;
      }
    }
    return VestingSchedule.presets().get("even");
  }

  private static List<String> list(String text) {
    List<String> out = new ArrayList<>();
    for (String s : Arrays.asList(text.split(","))) {
      if (!s.isBlank()) {
        out.add(s.trim().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
