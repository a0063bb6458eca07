package org.carepath.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepath.casefile.CaseParties;
import org.carepath.casefile.Language;
import org.carepath.support.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Every letter to a family or person in English, in Welsh and in both: each word from the bundles (no
 * missing message), the subject and {@code lang} in the letter's language, Welsh first when bilingual.
 */
class LettersInWelshTest {

  static final List<String> TO_FAMILY_OR_PERSON = List.of("declined", "no-contact", "discharge", "disengaged",
      "adult-discharge", "adult-disengaged", "signposting", "adult-not-eligible", "record-link",
      "self-assessment-invitation", "feedback-request");

  private final MailTemplates templates = new MailTemplates(engine(), "your local ISCAN care co-ordination team",
      "thîm cydgysylltu gofal ISCAN eich ardal");

  @ParameterizedTest
  @ValueSource(strings = {"declined", "no-contact", "discharge", "disengaged", "adult-discharge", "adult-disengaged",
      "signposting", "adult-not-eligible", "record-link", "self-assessment-invitation", "feedback-request"})
  void shouldWriteEveryLetterInEachLanguageFromTheBundlesAlone(String template) {
    for (Language language : Language.values()) {
      Letter letter = templates.render(template, model(), List.of("rhian@family.example"), language);

      assertThat(letter.html()).as(template + " " + language).doesNotContain("??", "#{", "${", "<!--")
          .contains("ISC-N-2026-00042");
      assertThat(letter.language()).isEqualTo(language.contentLanguage());
      assertThat(letter.subject()).as(template).contains("ISC-N-2026-00042").doesNotContain("??");
    }
  }

  @Test
  void shouldWriteTheDeclinedLetterInWelshWithWelshWordsAndSubject() {
    Letter letter = templates.render("declined", model(), List.of("rhian@family.example"), Language.WELSH);

    assertThat(letter.subject())
        .isEqualTo("Cydgysylltu gofal ar gyfer Ffion Jones (ISC-N-2026-00042): penderfynodd y teulu beidio â'i dderbyn");
    assertThat(letter.language()).isEqualTo("cy");
    assertThat(letter.html()).contains("<html lang=\"cy\">", "Annwyl Rhian Jones ac Owen Price,",
        "Fe ffonion ni deulu Ffion Jones i gynnig cydgysylltu gofal",
        "Mae copi o&#39;r llythyr hwn yn mynd at feddyg teulu&#39;r plentyn, Dr Siân Evans (Roath Surgery).",
        "cysylltwch â thîm cydgysylltu gofal ISCAN eich ardal gan nodi cyfeirnod yr achos", "Yn gywir,",
        "Tîm cydgysylltu gofal ISCAN")
        .doesNotContain("Dear", "phoned", "Yours sincerely");
  }

  @Test
  void shouldPutTheWelshLetterFirstAndTheEnglishAfterItWhenTheFamilyAskedForBoth() {
    Letter letter = templates.render("discharge", model(), List.of("rhian@family.example"), Language.BILINGUAL);

    assertThat(letter.subject()).isEqualTo("Mae cydgysylltu gofal ar gyfer Ffion Jones (ISC-N-2026-00042) wedi dod i ben"
        + " / Care co-ordination for Ffion Jones (ISC-N-2026-00042) has ended");
    assertThat(letter.language()).isEqualTo("cy, en-GB");
    String html = letter.html();
    assertThat(html).contains("<div lang=\"cy\">", "<div lang=\"en-GB\">", "Health visitor: Dr Owen Price, 029 2000 0000");
    assertThat(html.indexOf("Diolch i chi am weithio gyda ni.")).isPositive()
        .isLessThan(html.indexOf("Thank you for working with us."));
    assertThat(html.indexOf("<div lang=\"cy\">")).isLessThan(html.indexOf("<hr"));
    assertThat(html.indexOf("<hr")).isLessThan(html.indexOf("<div lang=\"en-GB\">"));
    assertThat(Letter.plainText(html)).startsWith("Cydgysylltu gofal ISCAN · achos ISC-N-2026-00042");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void shouldDateALinkInTheLettersLanguage(Language language) {
    Letter letter = templates.render("record-link", model(), List.of("edith@example.org"), language);

    assertThat(letter.html()).contains(language == Language.ENGLISH ? "21 December 2026" : "21 Rhagfyr 2026");
  }

  @Test
  void shouldGiveTheEligibilityRulesReasonInWelshAndTheDecisionsOwnWordsInEnglish() {
    Map<String, Object> model = model();
    model.put("reason", "Wales: no outcome (self-care, communication, safety, work or learning, relationships, community) is affected");
    model.put("reasonRule", "DecisionRule_WalesNoOutcome");

    String welsh = templates.render("adult-not-eligible", model, List.of("edith@example.org"), Language.WELSH).html();
    String english = templates.render("adult-not-eligible", model, List.of("edith@example.org"), Language.ENGLISH).html();
    model.put("reasonRule", "DecisionRule_AddedByAManager");
    String unknownRule = templates.render("adult-not-eligible", model, List.of("edith@example.org"), Language.WELSH).html();

    assertThat(welsh).contains("Cymru: nid effeithir ar unrhyw ganlyniad").doesNotContain("Wales: no outcome");
    assertThat(english).contains("Wales: no outcome (self-care");
    assertThat(unknownRule).as("a rule without Welsh words yet: the decision's own").contains("Wales: no outcome");
  }

  @Test
  void shouldJoinNamesWithAcBeforeAVowelInWelsh() {
    LetterWords welsh = new LetterWords(Language.CYMRAEG);
    LetterWords english = new LetterWords(java.util.Locale.UK);

    assertThat(welsh.and(List.of("Rhian Jones", "Owen Price"))).isEqualTo("Rhian Jones ac Owen Price");
    assertThat(welsh.and(List.of("Rhian Jones", "Dr Owen Price"))).isEqualTo("Rhian Jones a Dr Owen Price");
    assertThat(welsh.and(java.util.Arrays.asList("Edith", null))).isEqualTo("Edith");
    assertThat(english.and(List.of("Edith", "Joan", "Mary"))).isEqualTo("Edith, Joan and Mary");
  }

  private static Map<String, Object> model() {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", "ISC-N-2026-00042");
    model.put("childName", "Ffion Jones");
    model.put("referral", new ReferralStub());
    model.put("gpCopied", true);
    model.put("contacts", List.of("Health visitor: Dr Owen Price, 029 2000 0000"));
    model.put("personName", "Edith Armstrong");
    model.put("greetingNames", List.of("Edith Armstrong", "Joan Armstrong"));
    model.put("carerName", "Joan Armstrong");
    model.put("signature", CaseParties.Signature.careAndSupport("Alnwick"));
    Map<String, Object> service = new HashMap<>();
    service.put("name", "Age UK Northumberland");
    service.put("description", "Befriending");
    service.put("phone", "01670 784800");
    service.put("email", null);
    service.put("web", "https://www.ageuk.org.uk/northumberland");
    service.put("accessCriteria", null);
    model.put("services", List.of(service));
    model.put("note", null);
    model.put("reason", "Wales: the person can meet the needs alone, with others' help or with community services");
    model.put("reasonRule", null);
    model.put("link", "https://carepath.example/my-record/token");
    model.put("until", LocalDate.of(2026, 12, 21));
    model.put("recipientName", "Joan Armstrong");
    model.put("forThemselves", false);
    model.put("respondentName", "Rhian Jones");
    model.put("family", true);
    model.put("adult", false);
    return model;
  }

  /** What the children's letters read of the referral. */
  public static final class ReferralStub {
    public String getParentName() { return "Rhian Jones"; }
    public String getReferrerName() { return "Owen Price"; }
    public String getGpName() { return "Dr Siân Evans"; }
    public String getGpPractice() { return "Roath Surgery"; }
  }

  private static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(Bundles.MESSAGES);
    return engine;
  }
}
