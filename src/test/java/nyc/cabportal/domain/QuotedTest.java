package nyc.cabportal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuotedTest {

  @Test
  void aShortValueIsQuotedAsItIs() {
    assertEquals("2014-10-14T18:30", Quoted.of("2014-10-14T18:30"));
  }

  @Test
  void aLongValueIsCutToFortyCharactersAndItsLengthSaid() {
    String quoted = Quoted.of("x".repeat(15_000));
    assertEquals("x".repeat(40) + "… (15000 chars)", quoted);
  }

  @Test
  void controlCharactersAndAByteOrderMarkAreShownAsEscapes() {
    assertEquals("a\\u000ab\\ufeff", Quoted.of("a\nb\ufeff"));
  }
}
