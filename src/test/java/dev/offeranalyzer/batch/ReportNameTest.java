package dev.offeranalyzer.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.files.SafeNames;
import dev.offeranalyzer.offer.TestOffers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue #6: report names from hostile offer ids are safe, bounded, and never the same file. */
class ReportNameTest {

  private static final List<String> HOSTILE =
      List.of(
          "=1+1",
          "+SUM(A1)",
          "-2",
          "@cmd",
          "\tTab",
          "\rCR",
          "../../etc/passwd",
          "/abs/path",
          "C:\\\\Windows\\\\x",
          "a:b",
          "CON",
          "con",
          "NUL.txt",
          "LPT1",
          "x".repeat(300),
          "x".repeat(301),
          "😀😀",
          "😀😁",
          "山田太郎",
          "佐藤花子",
          "Offer",
          "offer",
          "OFFER",
          "",
          " ",
          "..",
          ".");

  @Test
  void hostileIds_giveSafeBoundedNamesNoTwoAlikeIgnoringCase() {
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String id : HOSTILE) {
      names.add(Batch.reportName(TestOffers.anOffer().offerId(id).build(), used));
    }

    assertThat(names)
        .allSatisfy(
            n -> {
              assertThat(n).matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.pdf");
              assertThat(n.length()).isLessThanOrEqualTo(SafeNames.MAX_STEM + 9 + 9 + 4);
              assertThat(n.toUpperCase(Locale.ROOT)).doesNotMatch("(CON|NUL|LPT1)(\\..*)?\\.PDF");
            });
    assertThat(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct()).hasSameSizeAs(names);
  }

  @Test
  void nameChosenForAClash_neverTakesANameAlreadyUsed() {
    // "X" takes X.pdf; an id that is exactly the name the clash of "x" would pick comes next;
    // then "x" clashes with X.pdf and must not land on that id's file.
    Set<String> used = new HashSet<>();
    String first = Batch.reportName(TestOffers.anOffer().offerId("X").build(), used);
    String squatter = "x_" + SafeNames.shortHash("x\u0000" + 2);
    String second = Batch.reportName(TestOffers.anOffer().offerId(squatter).build(), used);
    String third = Batch.reportName(TestOffers.anOffer().offerId("x").build(), used);

    assertThat(List.of(first, second, third))
        .extracting(n -> n.toLowerCase(Locale.ROOT))
        .doesNotHaveDuplicates();
  }
}
