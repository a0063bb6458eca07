package org.carepath.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NhsNumberTest {

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', value = {
      "9434765919 | true  | valid",
      "4010232137 | true  | valid",
      "0000000000 | true  | check digit 11 counts as 0",
      "9434765918 | false | wrong check digit",
      "1000000010 | false | check digit would be 10: no valid number",
      "943476591  | false | 9 digits",
      "94347659190| false | 11 digits",
      "943 476 5919 | false | separators",
      "943-476-5919 | false | separators",
      "٩٤٣٤٧٦٥٩١٩ | false | non-ASCII digits",
      "94347659l9 | false | a letter"})
  void shouldCheckTheModulus11CheckDigit(String candidate, boolean valid, String why) {
    assertThat(NhsNumber.Validator.isValidNhsNumber(candidate)).as(why).isEqualTo(valid);
  }
}
