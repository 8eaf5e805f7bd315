package dev.offeranalyzer.rules;

import java.util.Objects;

/**
 * One result of a checklist rule (SPEC section 6).
 *
 * @param id the rule id, e.g. {@code CLIFF_Y3}
 * @param title a short title, e.g. "Year 3 pays less than year 1"
 * @param figures the figures behind it, formatted, e.g. "Year 1 $312,000; year 3 $298,500"
 * @param advice what to do about it, one or two sentences
 */
public record Finding(String id, Severity severity, String title, String figures, String advice) {
  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    figures = figures == null ? "" : figures;
    advice = advice == null ? "" : advice;
  }
}
