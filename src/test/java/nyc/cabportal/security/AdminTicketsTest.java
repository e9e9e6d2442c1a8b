package nyc.cabportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminTicketsTest {

  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final AdminTickets TICKETS =
      AdminTickets.signedFor("s3cret-Pw", Duration.ofHours(8));

  @Test
  void aTicketNamesItsUserUntilItExpires() {
    String ticket = TICKETS.issue("admin", NOW);
    assertEquals(Optional.of("admin"), TICKETS.verify(ticket, NOW.plusSeconds(60)));
    assertEquals(Optional.empty(), TICKETS.verify(ticket, NOW.plus(Duration.ofHours(8))));
  }

  @Test
  void anotherServerWithTheSamePasswordAcceptsItAnotherPasswordDoesNot() {
    String ticket = TICKETS.issue("admin", NOW);
    assertEquals(
        Optional.of("admin"),
        AdminTickets.signedFor("s3cret-Pw", Duration.ofHours(8)).verify(ticket, NOW));
    assertEquals(
        Optional.empty(),
        AdminTickets.signedFor("new-password", Duration.ofHours(8)).verify(ticket, NOW));
  }

  @Test
  void aTamperedOrForeignTicketIsRefused() {
    String ticket = TICKETS.issue("admin", NOW);
    String[] p = ticket.split("\\.");
    String otherUser =
        java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("root".getBytes());
    for (String bad :
        new String[] {
          p[0] + "." + otherUser + "." + p[2] + "." + p[3],
          p[0] + "." + p[1] + "." + (Long.parseLong(p[2]) + 86400) + "." + p[3],
          ticket + "x",
          "v2." + p[1] + "." + p[2] + "." + p[3],
          "",
          "a.b.c.d",
          "v1.!!.1.!!",
          "v1." + p[1] + ".soon." + p[3],
        }) {
      assertEquals(Optional.empty(), TICKETS.verify(bad, NOW), bad);
    }
    assertEquals(Optional.empty(), TICKETS.verify(null, NOW));
  }

  @Test
  void needsAPassword() {
    assertThrows(IllegalArgumentException.class, () -> AdminTickets.signedFor(" ", Duration.ZERO));
  }
}
