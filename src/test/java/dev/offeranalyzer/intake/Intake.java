package dev.offeranalyzer.intake;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.offer.Offer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: reads a file and keeps what came out. */
record Intake(List<Offer> offers, FileResult result) {

  static Intake read(Path file) {
    return read(file, Settings.defaults());
  }

  static Intake read(Path file, Settings settings) {
    List<Offer> offers = new ArrayList<>();
    FileResult r = new OfferReader(settings).read(file, offers::add);
    return new Intake(offers, r);
  }

  static Path resource(String name) {
    try {
      return Path.of(Intake.class.getResource("/intake/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Intake readResource(String name) {
    return read(resource(name));
  }

  List<String> described() {
    return result.problems().stream().map(Problem::describe).toList();
  }

  List<String> warnings() {
    return result.warnings().stream().map(Warning::describe).toList();
  }
}
