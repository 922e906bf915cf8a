package io.instruct4j.selfqa.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF to text with PDFBox: text in reading order (sorted by position, so two-column layouts and
 * out-of-order content streams come out as a reader sees them), a blank line between paragraphs
 * and between pages. A password-protected PDF, or one whose permissions forbid extracting text,
 * is an {@code encrypted_pdf} error; anything PDFBox cannot parse is a {@code broken_pdf} error.
 */
final class PdfText {

  private PdfText() {}

  static Extracted extract(byte[] bytes, String file) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        throw new DocumentException(DocumentException.ENCRYPTED_PDF, file,
            "the PDF's permissions forbid extracting its text; ask for an unrestricted copy");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n");
      stripper.setPageEnd("\n");
      String text = TextDecoding.normalizeNewlines(stripper.getText(pdf));
      return new Extracted(text, pdf.getDocumentInformation().getTitle(), false);
    } catch (InvalidPasswordException e) {
      throw new DocumentException(DocumentException.ENCRYPTED_PDF, file,
          "the PDF is password-protected; save a copy without the password (e.g. qpdf --decrypt) and rerun", e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof DocumentException de) {
        throw de;
      }
      // PDFBox reports damaged files with IOExceptions and, for some damage, runtime exceptions.
      throw new DocumentException(DocumentException.BROKEN_PDF, file,
          "cannot be read as a PDF (" + e.getClass().getSimpleName() + ": " + e.getMessage()
              + "); re-export or repair the file", e);
    }
  }
}
