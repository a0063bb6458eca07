package org.carepath.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.carepath.api.InvalidFieldsException;
import org.carepath.casefile.Sector;
import org.junit.jupiter.api.Test;

/** The rules the API tests cannot reach with today's date: the end of a month, and the codes in step. */
class CarePlanValidatorTest {

  private static final LocalDate END_OF_AUGUST = LocalDate.of(2026, 8, 31);

  private final SectorTeams teams = mock(SectorTeams.class);
  private final CarePlanValidator validator =
      new CarePlanValidator(Validation.buildDefaultValidatorFactory().getValidator(), teams,
          org.mockito.Mockito.mock(org.carepath.directory.LocalServices.class));

  @Test
  void shouldAllowAReviewOnTheLastDayOfTheSixthMonth() {
    when(teams.isMember(eq("nina"), any())).thenReturn(true);

    assertThatCode(() -> validator.check(plan(LocalDate.of(2027, 2, 28)), Sector.NORTH, END_OF_AUGUST))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseAReviewTheDayAfter() {
    when(teams.isMember(eq("nina"), any())).thenReturn(true);

    var refusal = catchThrowableOfType(InvalidFieldsException.class,
        () -> validator.check(plan(LocalDate.of(2027, 3, 1)), Sector.NORTH, END_OF_AUGUST));

    assertThat(refusal.fields()).extracting(InvalidFieldsException.Field::field).containsExactly("reviewDate");
    assertThat(refusal.getMessage()).isEqualTo(
        "reviewDate: must be at most 6 months after the plan date 2026-08-31, by 2027-02-28");
  }

  @Test
  void shouldAskTheSectorTeamAboutTheCaseManager() {
    when(teams.isMember("nina", Sector.SOUTH)).thenReturn(false);

    var refusal = catchThrowableOfType(InvalidFieldsException.class,
        () -> validator.check(plan(END_OF_AUGUST.plusMonths(1)), Sector.SOUTH, END_OF_AUGUST));

    assertThat(refusal.getMessage()).isEqualTo("caseManager: must be a member of iscan-south");
  }

  @Test
  void shouldKeepTheAreaPatternInStepWithTheAreas() {
    assertThat(NeedArea.CODES).isEqualTo(
        Arrays.stream(NeedArea.values()).map(NeedArea::name).collect(Collectors.joining("|")));
  }

  private static CarePlanRequest plan(LocalDate reviewDate) {
    return new CarePlanRequest(
        List.of(new CarePlanRequest.Need("PHYSICAL", "Eczema flare-ups")),
        List.of(new CarePlanRequest.Agency("Health visiting", "Owen Price", "owen.price@hv.example", true)),
        List.of(new CarePlanRequest.Action("Review the skin care routine", "Health visiting",
            new CarePlanRequest.Keyworker("Owen Price", "owen.price@hv.example"), END_OF_AUGUST.plusWeeks(2))),
        "Health visiting", "nina", reviewDate);
  }
}
