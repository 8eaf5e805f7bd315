package dev.offeranalyzer.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressesTest {

  @ParameterizedTest
  @ValueSource(strings = {"jane@example.com", " jane.doe+offers@mail.example.co.uk "})
  void bareAddress_isAccepted(String text) throws AddressException {
    assertThat(Addresses.bare(text).getAddress()).isEqualTo(text.trim());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "jane",
        "jane@",
        "@example.com",
        "jane@example.com, john@example.com",
        "jane@example.com;john@example.com",
        "jane@example.com\r\nBcc: eve@example.com",
        "jane@example.com\nx",
        "Jane Doe <jane@example.com>",
        "friends: jane@example.com;",
        "jane doe@example.com",
        "jane@exa mple.com"
      })
  void anythingButOneBareAddress_isRejected(String text) {
    assertThatThrownBy(() -> Addresses.bare(text)).isInstanceOf(AddressException.class);
  }

  @Test
  void configAddress_mayCarryADisplayName() throws AddressException {
    InternetAddress a = Addresses.single("Casey Coach <casey@coach.example>");

    assertThat(a.getAddress()).isEqualTo("casey@coach.example");
    assertThat(a.getPersonal()).isEqualTo("Casey Coach");
  }

  @Test
  void withName_encodesNonAsciiNamesAndDropsLineBreaks() throws AddressException {
    InternetAddress a = Addresses.withName(Addresses.bare("jose@example.com"), "José\r\nMüller");

    assertThat(a.getPersonal()).isEqualTo("José Müller");
    assertThat(a.toString()).isEqualTo("=?UTF-8?Q?Jos=C3=A9_M=C3=BCller?= <jose@example.com>");
  }

  @Test
  void withName_blankName_keepsTheBareAddress() throws AddressException {
    InternetAddress bare = Addresses.bare("jose@example.com");

    assertThat(Addresses.withName(bare, "  ")).isSameAs(bare);
    assertThat(Addresses.withName(bare, null)).isSameAs(bare);
  }
}
