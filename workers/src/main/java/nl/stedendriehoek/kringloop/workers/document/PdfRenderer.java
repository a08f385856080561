package nl.stedendriehoek.kringloop.workers.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** Renders well-formed XHTML (with its own CSS) to PDF with openhtmltopdf. */
@Component
public class PdfRenderer {

  public byte[] render(String xhtml) {
    try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(pdf);
      builder.run();
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render PDF", e);
    }
  }
}
