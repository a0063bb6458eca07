package org.carepath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectorySearchTest {

  @Test
  void shouldPutTheServiceOfThePersonsOwnDistrictBeforeOneThatCoversEverywhere() {
    var local = service("Alnwick Connectors", Set.of("NE66"), Set.of("loneliness"), AgeGroup.ADULTS);
    var everywhere = service("Samaritans", Set.of("ALL"), Set.of("loneliness"), AgeGroup.ALL);
    var elsewhere = service("Blyth Befriending", Set.of("NE24"), Set.of("loneliness"), AgeGroup.ADULTS);

    var found = search("loneliness", "NE66 1AB", AgeGroup.ADULTS, null).rank(List.of(everywhere, elsewhere, local));

    assertThat(found).containsExactly(local, everywhere);
  }

  @Test
  void shouldFindOnlyServicesForThePersonsAge() {
    var children = service("Flying Start", Set.of("CF3"), Set.of("parenting"), AgeGroup.CHILDREN);
    var adults = service("Carers", Set.of("CF3"), Set.of("parenting"), AgeGroup.ADULTS);
    var all = service("Family Information", Set.of("CF3"), Set.of("parenting"), AgeGroup.ALL);

    assertThat(search("parenting", "CF3", AgeGroup.CHILDREN, null).rank(List.of(children, adults, all)))
        .containsExactly(all, children);
    assertThat(search("parenting", "CF3", AgeGroup.ALL, null).rank(List.of(children, adults, all))).hasSize(3);
  }

  @Test
  void shouldNeedEveryWordAndRankWordsInTheNameFirst() {
    var named = service("Falls prevention classes", Set.of("ALL"), Set.of("mobility"), AgeGroup.ADULTS);
    var described = service("Strength and balance", Set.of("ALL"), Set.of("mobility"), AgeGroup.ADULTS);
    described.describe(new ServiceDetails("Strength and balance", Provider.STATUTORY, "Classes after falls", Set.of("ALL"),
        Set.of("mobility"), Set.of(AgeGroup.ADULTS), null, null, "01632 960000", null, null), "test", Instant.EPOCH);
    var other = service("Debt advice", Set.of("ALL"), Set.of("debt"), AgeGroup.ADULTS);

    assertThat(search(null, null, AgeGroup.ALL, "falls").rank(List.of(described, other, named)))
        .containsExactly(named, described);
    assertThat(search(null, null, AgeGroup.ALL, "falls debt").rank(List.of(described, other, named))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"NE66 1AB, NE66", "ne661ab, NE66", "NE1 1AA, NE1", "CF10 1EP, CF10", "EC1A 1BB, EC1A", "NE66, NE66", "cf3, CF3"})
  void shouldReadTheDistrictOfAPostcode(String postcode, String district) {
    assertThat(PostcodeDistrict.of(postcode)).hasValue(district);
  }

  @ParameterizedTest
  @CsvSource({"'not a postcode'", "12345", "'NE66 1AB x'", "N"})
  void shouldRefuseWhatIsNoPostcode(String postcode) {
    assertThat(PostcodeDistrict.of(postcode)).isEmpty();
  }

  @Test
  void shouldShipAValidDemoDirectoryForBothPathways() throws Exception {
    var entries = DemoDirectory.read(new ObjectMapper());
    var validator = Validation.buildDefaultValidatorFactory().getValidator();

    assertThat(entries).hasSizeGreaterThanOrEqualTo(40);
    entries.forEach(entry -> assertThat(validator.validate(entry)).as(entry.name()).isEmpty());
    entries.forEach(entry -> LocalServices.checked(entry.details()));
    assertThat(entries).extracting(LocalServiceRequest::provider).contains(Provider.values());
    assertThat(entries).filteredOn(e -> e.ageGroups().contains(AgeGroup.CHILDREN)).hasSizeGreaterThanOrEqualTo(15);
    assertThat(entries).filteredOn(e -> e.ageGroups().contains(AgeGroup.ADULTS)).hasSizeGreaterThanOrEqualTo(20);
    assertThat(entries).extracting(LocalServiceRequest::name).doesNotHaveDuplicates();
  }

  private static DirectorySearch search(String need, String postcode, AgeGroup age, String q) {
    return new DirectorySearch(Optional.ofNullable(need), PostcodeDistrict.of(postcode), age, DirectorySearch.wordsOf(q));
  }

  private static LocalService service(String name, Set<String> areas, Set<String> needs, AgeGroup age) {
    var service = new LocalService("test", Instant.EPOCH);
    service.describe(new ServiceDetails(name, Provider.VOLUNTARY, name + " helps", areas, needs, Set.of(age),
        null, null, "01632 960000", null, null), "test", Instant.EPOCH);
    return service;
  }
}
