package org.carepath.circulation;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.logging.Level;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the Interagency Care Plan that the Case Manager circulates (BIAN steps 2 and 14) as a
 * PDF: the Thymeleaf template {@code templates/pdf/care-plan.html} (every value through
 * {@code th:text}, so escaped) laid out by openhtmltopdf with PDF's built-in fonts. The template
 * loads nothing from outside: every external resource is refused. openhtmltopdf logs only
 * warnings: its INFO lines would come with every plan.
 */
@Component
public class CarePlanPdf {

  static final String TEMPLATE = "pdf/care-plan";

  static {
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private final ITemplateEngine templates;

  CarePlanPdf(ITemplateEngine templates) {
    this.templates = templates;
  }

  public byte[] render(CarePlanDocument document) {
    String html = html(document);
    var pdf = new ByteArrayOutputStream();
    try {
      new PdfRendererBuilder()
          .useFastMode()
          .useExternalResourceAccessControl((uri, type) -> false,
              ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .useExternalResourceAccessControl((uri, type) -> false,
              ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
          .withHtmlContent(html, null)
          .toStream(pdf)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the care plan of " + document.caseReference(), e);
    }
    return pdf.toByteArray();
  }

  /** The XHTML the PDF is laid out from (dates in UK format, all text escaped). */
  String html(CarePlanDocument document) {
    Context context = new Context(Locale.UK);
    context.setVariable("plan", document);
    return templates.process(TEMPLATE, context);
  }
}
