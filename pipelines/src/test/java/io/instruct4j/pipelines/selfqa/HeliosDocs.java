package io.instruct4j.pipelines.selfqa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A folder of documents about a fictional home battery, in every supported format, plus four
 * files that cannot be read: a 0-byte file, a binary file named .txt, a broken PDF and a
 * password-protected PDF.
 */
public final class HeliosDocs {

  static final String MANUAL = """
      # Helios H10 Home Battery Manual

      ## Capacity and power

      The Helios H10 stores 10 kWh of usable energy. It delivers 5 kW continuously and 7.5 kW for ten seconds.

      ## Installation

      Mount the Helios H10 upright on a solid wall, indoors or in a garage. Keep 30 cm of clear space above the unit and never install it in direct sunlight.
      """;

  static final String RULES = """
      家用储能系统安全管理规定（示例）

      第一条 家用储能系统的额定容量不得超过二十千瓦时。第二条 安装储能系统前，用户应当向当地供电公司报告。第三条 储能设备与燃气表的距离不得小于一米。
      """;

  static final String QUICK_START = """
      <html><head><title>Helios H10 Quick Start</title></head><body>
      <nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/support">Support</a></nav>
      <h1>Switching on</h1>
      <p>Press the START button on the Helios H10 for three seconds to switch it on.
      The status light turns green when the battery is ready.</p>
      <footer>© 2025 Helios Energy. All rights reserved.</footer>
      </body></html>
      """;

  static final String SPECS = "model,capacity_kwh,continuous_kw\nHelios H10,10,5\nHelios H20,20,10\n";

  static final List<String> WARRANTY = List.of(
      "Helios H10 Limited Warranty",
      "The Helios H10 is covered by a warranty of ten years from the date of installation.",
      "The battery keeps at least 70 percent of its original capacity after ten years.");

  private HeliosDocs() {}

  /** Writes the documents into {@code dir/docs} and returns that folder. */
  public static Path write(Path dir) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("helios-manual.md"), MANUAL);
    Files.writeString(docs.resolve("rules-zh.txt"), RULES);
    Files.writeString(docs.resolve("quick-start.html"), QUICK_START);
    Files.writeString(docs.resolve("specs.csv"), SPECS);
    Files.write(docs.resolve("warranty.pdf"), pdf(WARRANTY, null));
    Files.write(docs.resolve("empty.txt"), new byte[0]);
    Files.write(docs.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
    Files.write(docs.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
    Files.write(docs.resolve("locked.pdf"), pdf(List.of("Internal price list."), "s3cret"));
    return docs;
  }

  /** A one-page PDF, a blank line between paragraphs; password-protected when {@code password} is set. */
  static byte[] pdf(List<String> paragraphs, String password) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        cs.setLeading(14);
        cs.newLineAtOffset(40, 740);
        for (String p : paragraphs) {
          cs.showText(p);
          cs.newLine();
          cs.newLine();
        }
        cs.endText();
      }
      doc.getDocumentInformation().setTitle("Helios H10 Warranty");
      if (password != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
