package dev.offeranalyzer.batch;

import dev.offeranalyzer.offer.Offer;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads the offers of one input file; bad rows and unreadable files come back as problems. */
@FunctionalInterface
public interface OfferSource {
  /** Streams the file's valid offers to {@code offers}; never throws for bad input. */
  FileReport read(Path file, Consumer<Offer> offers);
}
