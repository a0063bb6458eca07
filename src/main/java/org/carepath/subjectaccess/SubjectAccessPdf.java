package org.carepath.subjectaccess;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The readable copy of a subject access export: {@code templates/pdf/subject-access.html} laid out by openhtmltopdf, no outside resource. */
@Component
class SubjectAccessPdf {

  /**
   * A section of the record: its title for a reader and its rows; a {@code grid} (a long list of short,
   * uniform rows such as the audit trail) prints one line per row, the others a table per row.
   */
  record Section(String title, List<Map<String, Object>> rows, boolean grid) {}

  private final ITemplateEngine templates;

  SubjectAccessPdf(ITemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(String reference, String madeAt, String madeBy, List<Section> sections) {
    Context context = new Context(Locale.UK);
    context.setVariable("reference", reference);
    context.setVariable("madeAt", madeAt);
    context.setVariable("madeBy", madeBy);
    context.setVariable("sections", sections);
    String html = templates.process("pdf/subject-access", context);
    var pdf = new ByteArrayOutputStream();
    try {
      new PdfRendererBuilder().useFastMode()
          .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
          .withHtmlContent(html, null).toStream(pdf).run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the subject access record of " + reference, e);
    }
    return pdf.toByteArray();
  }
}
