package dev.offeranalyzer.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataWaitTransportTest {

  @Test
  void angusMailStillKeepsItsSocketWhereTheEndOfDataWaitCanReachIt() {
    assertThat(DataWaitTransport.socketReachable())
        .as("SMTPTransport.serverSocket: if Angus Mail renamed it, the end-of-data wait is lost")
        .isTrue();
  }
}
