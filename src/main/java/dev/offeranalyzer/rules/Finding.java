package dev.offeranalyzer.rules;

import java.util.Objects;

/**
 * One result of a checklist rule (SPEC section 6): data only; {@code report.model.FindingWording}
 * writes its title, figures and advice.
 *
 * @param id the rule id, e.g. {@code CLIFF_Y3}
 * @param facts the typed figures behind it
 */
public record Finding(String id, Severity severity, FindingFacts facts) {
  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(facts, "facts");
  }
}
