package org.carepath.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carepath.circulation.CarePlanDocument.Action;
import org.carepath.circulation.CarePlanDocument.Agency;
import org.carepath.circulation.CarePlanDocument.Need;
import org.carepath.circulation.CarePlanDocument.WhoToContact;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The circulated care plan: rendered from the real template with Spring's Thymeleaf engine (SpEL,
 * as in the application), then read back with PDFBox.
 */
class CarePlanPdfTest {

  /** Written by {@link #shouldShowTheSectionsOfTheCarePlan()} for a look at the layout. */
  static final Path SAMPLE = Path.of("target/care-plan-sample.pdf");
  private static final String MARKUP =
      "<script>alert('plan')</script><b>Sleeps badly</b> & wakes at 3 < 4";

  private final CarePlanPdf carePlanPdf = new CarePlanPdf(templateEngine());

  @Test
  void shouldShowTheSectionsOfTheCarePlan() throws IOException {
    // given
    CarePlanDocument document = plan(List.of(speechAssessment(), parentingProgramme()));
    // when
    byte[] pdf = carePlanPdf.render(document);
    // then
    Files.write(SAMPLE, pdf);
    assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(text(pdf)).contains(
        "carepath — Interagency Care Plan",
        "Child Róisín O'Sullivan",
        "Case reference ISC-N-2026-00042",
        "Plan version 3",
        "Plan date 2 March 2026",
        "Next review by 1 September 2026",
        "Lead agency Family support service",
        "Case manager Niamh Kelly",
        "Areas of need", "Speech and language", "Uses single words only",
        "Actions", "Agencies involved", "Who to contact",
        "Public health nursing Siobhan Walsh siobhan.walsh@phn.example",
        "Page 1 of 1");
    try (PDDocument read = Loader.loadPDF(pdf)) {
      assertThat(read.getNumberOfPages()).isOne();
    }
  }

  @Test
  void shouldListEachActionWithItsAgencyKeyworkerAndDueDate() throws IOException {
    // given
    CarePlanDocument document = plan(List.of(speechAssessment(), parentingProgramme()));
    // when
    String text = text(carePlanPdf.render(document));
    // then each action's row reads across (these cells fit on one line): action, agency,
    // keyworker and due date, then the keyworker's email under the name
    assertThat(text).contains(
        "Speech assessment Speech therapy Ciara Byrne 14 April 2026\nciara.byrne@slt.example",
        "Parenting programme Family support Niamh Kelly 1 June 2026\nniamh.kelly@fss.example");
  }

  @Test
  void shouldShowWhoToContact() throws IOException {
    // given
    CarePlanDocument document = plan(List.of(speechAssessment()));
    // when
    String text = text(carePlanPdf.render(document));
    // then
    assertThat(flat(text.substring(text.indexOf("Who to contact")))).contains(
        "Your case manager is Niamh Kelly",
        "contact the ISCAN North team on 01 234 5678",
        "quote the case reference ISC-N-2026-00042");
  }

  @Test
  void shouldShowMarkupInANeedLiterallyNeverAsMarkup() throws IOException {
    // given a need whose description holds HTML and a script
    CarePlanDocument document = plan(List.of(speechAssessment()));
    // when
    String html = carePlanPdf.html(document);
    String text = text(carePlanPdf.render(document));
    // then the text is escaped in the HTML and appears as typed in the PDF
    assertThat(html).doesNotContain("<script", "<b>Sleeps")
        .contains("&lt;script&gt;alert(&#39;plan&#39;)&lt;/script&gt;&lt;b&gt;Sleeps badly");
    assertThat(text).contains(MARKUP);
  }

  @Test
  void shouldSayWhatIsNotRecordedYet() throws IOException {
    // given a first plan without needs, agencies, and an action without a due date
    Action undated = new Action("Agree a nursery place", "Early years service", "Sean Murphy",
        "sean.murphy@eys.example", null);
    CarePlanDocument document = new CarePlanDocument("ISC-S-2026-00007", "Tom Byrne", 1,
        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 7, 5), "Early years service", "Sean Murphy",
        List.of(), List.of(undated), List.of(),
        new WhoToContact("the ISCAN South team", "Sean Murphy"));
    // when
    String text = text(carePlanPdf.render(document));
    // then
    assertThat(text).contains("No areas of need recorded.", "No agencies recorded.",
        "Agree a nursery place Early years service Sean Murphy to be agreed");
  }

  @Test
  void shouldRepeatTheFooterOnEveryPageOfALongPlan() throws IOException {
    // given 60 actions
    List<Action> actions = IntStream.rangeClosed(1, 60).mapToObj(i -> new Action(
        "Action number " + i, "Family support service", "Niamh Kelly", "niamh.kelly@fss.example",
        LocalDate.of(2026, 4, 1).plusDays(i))).toList();
    // when
    byte[] pdf = carePlanPdf.render(plan(actions));
    // then
    try (PDDocument read = Loader.loadPDF(pdf)) {
      int pages = read.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      assertThat(text(pdf)).contains("Page " + pages + " of " + pages, "Action number 60")
          .containsPattern("(?s)(Interagency Care Plan · ISC-N-2026-00042 · version 3.*){" + pages + "}");
      assertThat(read.getDocumentInformation().getTitle())
          .isEqualTo("Interagency Care Plan for Róisín O'Sullivan (ISC-N-2026-00042), version 3");
    }
  }

  private static CarePlanDocument plan(List<Action> actions) {
    return new CarePlanDocument("ISC-N-2026-00042", "Róisín O'Sullivan", 3,
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 1), "Family support service",
        "Niamh Kelly",
        List.of(new Need("Speech and language", "Uses single words only"),
            new Need("Sleep", MARKUP)),
        actions,
        List.of(new Agency("Family support service", "Niamh Kelly", "niamh.kelly@fss.example"),
            new Agency("Public health nursing", "Siobhan Walsh", "siobhan.walsh@phn.example")),
        new WhoToContact("the ISCAN North team on 01 234 5678", "Niamh Kelly"));
  }

  private static Action speechAssessment() {
    return new Action("Speech assessment", "Speech therapy",
        "Ciara Byrne", "ciara.byrne@slt.example", LocalDate.of(2026, 4, 14));
  }

  private static Action parentingProgramme() {
    return new Action("Parenting programme", "Family support", "Niamh Kelly",
        "niamh.kelly@fss.example", LocalDate.of(2026, 6, 1));
  }

  /** The PDF's text, line by line as laid out, with runs of spaces made single. */
  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("[ \\t]+", " ");
    }
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static SpringTemplateEngine templateEngine() {
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    var engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
