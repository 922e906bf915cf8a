package io.instruct4j.selfqa.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes small text PDFs with PDFBox for tests (and made the sample PDF): paragraphs wrapped at
 * 85 characters in Helvetica, a blank line between paragraphs, a new page every 48 lines.
 */
public final class TestPdfs {

  private static final int WRAP = 85;
  private static final int LINES_PER_PAGE = 48;

  private TestPdfs() {}

  /** A PDF holding the paragraphs; {@code userPassword} non-null makes it password-protected. */
  public static byte[] pdf(String title, List<String> paragraphs, String userPassword) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      List<String> lines = new ArrayList<>();
      for (String p : paragraphs) {
        if (!lines.isEmpty()) {
          lines.add("");
        }
        lines.addAll(wrap(p));
      }
      for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          cs.setLeading(15);
          cs.newLineAtOffset(50, 780);
          for (String line : lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.getDocumentInformation().setTitle(title);
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
