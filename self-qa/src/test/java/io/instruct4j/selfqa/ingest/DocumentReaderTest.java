package io.instruct4j.selfqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

  @TempDir Path dir;
  private final DocumentReader unit = new DocumentReader("auto", "en");

  private DocumentRef write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private DocumentRef write(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    return new DocumentRef(file.toString(), name);
  }

  @Test
  void should_read_markdown_with_its_first_heading_as_title() throws IOException {
    Document doc = unit.read(write("manual.md", "# Helios H10 Manual\r\n\r\nThe battery stores 10 kWh.\r\n"));

    assertThat(doc.text()).isEqualTo("# Helios H10 Manual\n\nThe battery stores 10 kWh.\n");
    assertThat(doc.title()).isEqualTo("Helios H10 Manual");
    assertThat(doc.format()).isEqualTo("md");
    assertThat(doc.language()).isEqualTo("en");
    assertThat(doc.markdownHeadings()).isTrue();
    assertThat(doc.id()).matches("doc-[0-9a-f]{16}");
  }

  @Test
  void should_keep_html_headings_as_structure_and_drop_scripts() throws IOException {
    String html = """
        <html><head><title>Quick start</title><style>p{color:red}</style></head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/p">Products</a></li><li>Support</li></ul></nav>
        <h1>Helios   H10</h1>
        <p>Mount the unit <b>upright</b>
           on a wall.<br>Keep 30 cm clear.</p>
        <script>alert('x')</script>
        <ul><li><p>Switch on the breaker.</p></li><li>Press START.</li></ul>
        <ol><li>Open the app.</li><li>Scan the code.</li></ol>
        <table><tr><th>Mode</th><th>Power</th></tr><tr><td>Eco</td><td>3 kW</td></tr></table>
        <footer>© 2025 Helios Energy. All rights reserved.</footer>
        </body></html>""";

    Document doc = unit.read(write("start.html", html));

    assertThat(doc.text()).isEqualTo("""
        Home | Products | Support

        # Helios H10

        Mount the unit upright on a wall.
        Keep 30 cm clear.

        - Switch on the breaker.

        - Press START.

        1. Open the app.

        2. Scan the code.

        Mode | Power
        Eco | 3 kW

        © 2025 Helios Energy. All rights reserved.""");
    assertThat(doc.title()).isEqualTo("Quick start");
    assertThat(doc.markdownHeadings()).isTrue();
  }

  @Test
  void should_extract_pdf_text_with_paragraphs_and_its_title() throws IOException {
    byte[] pdf = TestPdfs.pdf("Helios Warranty", List.of(
        "The Helios H10 is covered for ten years.", "Claims go to support@helios.example."), null);

    Document doc = unit.read(write("warranty.pdf", pdf));

    assertThat(doc.text()).isEqualTo("The Helios H10 is covered for ten years.\n\nClaims go to support@helios.example.\n\n");
    assertThat(doc.title()).isEqualTo("Helios Warranty");
    assertThat(doc.format()).isEqualTo("pdf");
    assertThat(doc.markdownHeadings()).isFalse();
  }

  @Test
  void should_render_csv_rows_as_column_value_lines() throws IOException {
    Document doc = unit.read(write("specs.csv",
        "model,capacity,notes\nH10,10 kWh,\"wall mount, indoor\"\nH20,20 kWh,\n"));

    assertThat(doc.text()).isEqualTo("model: H10\ncapacity: 10 kWh\nnotes: wall mount, indoor\n\nmodel: H20\ncapacity: 20 kWh");
    assertThat(doc.title()).isEqualTo("specs.csv");
  }

  @Test
  void should_render_json_tables_with_their_names_as_headings() throws IOException {
    Document doc = unit.read(write("tables.json",
        "{\"models\": [{\"name\": \"H10\", \"kwh\": 10, \"tags\": [\"indoor\"]}], \"dealers\": [{\"city\": \"Lyon\", \"phone\": null}]}"));

    assertThat(doc.text()).isEqualTo("# models\n\nname: H10\nkwh: 10\ntags: [\"indoor\"]\n\n# dealers\n\ncity: Lyon");
    assertThat(doc.title()).isEqualTo("models");
  }

  @Test
  void should_detect_chinese_from_the_share_of_cjk_letters() throws IOException {
    Document doc = unit.read(write("rules.txt", "第一条 家用储能系统（ESS）的安装应当符合本规定。额定容量不超过 20 kWh。"));

    assertThat(doc.language()).isEqualTo("zh");
    assertThat(doc.title()).isEqualTo("rules.txt");
    assertThat(new DocumentReader("en", "en").read(write("rules2.txt", "储能系统")).language()).isEqualTo("en");
  }

  @Test
  void should_take_a_short_first_line_of_plain_text_as_its_title() throws IOException {
    assertThat(unit.read(write("rules.txt", "家用储能系统安全管理办法\n\n第一条 适用范围。")).title()).isEqualTo("家用储能系统安全管理办法");
    assertThat(unit.read(write("note.txt", "The battery is heavy.\nLift it with two people.")).title()).isEqualTo("note.txt");
  }

  @Test
  void should_derive_the_id_from_the_relative_name_and_the_content() throws IOException {
    Document a = unit.read(write("a.txt", "Same words."));
    Files.createDirectories(dir.resolve("copy"));
    Files.writeString(dir.resolve("copy/a.txt"), "Same words.");
    Document moved = unit.read(new DocumentRef(dir.resolve("copy/a.txt").toString(), "a.txt"));
    Document renamed = unit.read(write("b.txt", "Same words."));
    Document edited = unit.read(new DocumentRef(write("c.txt", "Other words.").path(), "a.txt"));

    assertThat(moved.id()).isEqualTo(a.id());
    assertThat(renamed.id()).isNotEqualTo(a.id());
    assertThat(edited.id()).isNotEqualTo(a.id());
    assertThat(a.contentHash()).hasSize(64);
  }

  @Test
  void should_report_an_empty_file() throws IOException {
    DocumentRef ref = write("empty.txt", new byte[0]);

    assertThatThrownBy(() -> unit.read(ref)).isInstanceOfSatisfying(DocumentException.class, e -> {
      assertThat(e.errorType()).isEqualTo("empty_document");
      assertThat(e.getMessage()).isEqualTo(ref.path() + ": is empty (0 bytes)");
    });
  }

  @Test
  void should_report_a_binary_file_named_txt() throws IOException {
    DocumentRef ref = write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

    assertThatThrownBy(() -> unit.read(ref)).isInstanceOfSatisfying(DocumentException.class, e -> {
      assertThat(e.errorType()).isEqualTo("binary_file");
      assertThat(e.getMessage()).startsWith(ref.path() + ": holds a NUL byte at byte offset 4, so it is a binary file");
    });
  }

  @Test
  void should_report_invalid_utf8_with_line_and_offset() throws IOException {
    DocumentRef ref = write("latin1.txt", new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});

    assertThatThrownBy(() -> unit.read(ref)).isInstanceOfSatisfying(DocumentException.class, e -> {
      assertThat(e.errorType()).isEqualTo("invalid_utf8");
      assertThat(e.getMessage()).isEqualTo(ref.path()
          + ": line 2: invalid UTF-8 byte 0xE9 at byte offset 6; re-save the file as UTF-8");
    });
  }

  @Test
  void should_report_a_broken_pdf() throws IOException {
    DocumentRef ref = write("broken.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> unit.read(ref)).isInstanceOfSatisfying(DocumentException.class, e -> {
      assertThat(e.errorType()).isEqualTo("broken_pdf");
      assertThat(e.getMessage()).startsWith(ref.path() + ": cannot be read as a PDF (").endsWith("); re-export or repair the file");
    });
  }

  @Test
  void should_report_a_password_protected_pdf() throws IOException {
    DocumentRef ref = write("locked.pdf", TestPdfs.pdf("Locked", List.of("Secret text."), "user-secret"));

    assertThatThrownBy(() -> unit.read(ref)).isInstanceOfSatisfying(DocumentException.class, e -> {
      assertThat(e.errorType()).isEqualTo("encrypted_pdf");
      assertThat(e.getMessage()).isEqualTo(ref.path() + ": the PDF is password-protected; save a copy without "
          + "the password (e.g. qpdf --decrypt) and rerun");
    });
  }

  @Test
  void should_report_an_unsupported_extension_and_bad_tables() throws IOException {
    DocumentRef docx = write("notes.docx", "PK");
    DocumentRef csv = write("bad.csv", "a,b\n1,2,3\n");
    DocumentRef json = write("bad.json", "[1, 2]");

    assertThatThrownBy(() -> unit.read(docx)).isInstanceOfSatisfying(DocumentException.class, e -> {
      assertThat(e.errorType()).isEqualTo("unsupported_format");
      assertThat(e.getMessage()).contains(".txt, .text, .md, .markdown, .html, .htm, .xhtml, .pdf, .csv, .json");
    });
    assertThatThrownBy(() -> unit.read(csv)).isInstanceOfSatisfying(DocumentException.class, e ->
        assertThat(e.getMessage()).isEqualTo(csv.path() + ": row 2 has 3 cells but the header names 2 columns"));
    assertThatThrownBy(() -> unit.read(json)).isInstanceOfSatisfying(DocumentException.class, e -> {
      assertThat(e.errorType()).isEqualTo("bad_table");
      assertThat(e.getMessage()).isEqualTo(json.path() + ": row 1 is number, expected an object of column: value pairs");
    });
  }

  @Test
  void should_report_a_document_without_text() throws IOException {
    DocumentRef ref = write("blank.html", "<html><body><script>x()</script>  </body></html>");

    assertThatThrownBy(() -> unit.read(ref)).isInstanceOfSatisfying(DocumentException.class, e -> {
      assertThat(e.errorType()).isEqualTo("empty_document");
      assertThat(e.getMessage()).isEqualTo(ref.path() + ": holds no text (only whitespace or markup)");
    });
  }
}
