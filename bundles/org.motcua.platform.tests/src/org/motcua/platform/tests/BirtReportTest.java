// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.HTMLServerImageHandler;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.platform.tests.birt.ReportDesignGenerator;

/**
 * BIRT 4.22 inside OSGi: the engine comes from the extension registry (no BIRT_HOME), renders a
 * committed design with a Vietnamese table and a bar chart, fed by H2 through a passed-in JDBC
 * connection, to PDF, HTML and XLSX; each output is opened and checked.
 */
class BirtReportTest {

    static final String DESIGN = "reports/platform-check.rptdesign";
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    static final Object[][] ROWS = { { "Hà Nội", 312, 12 }, { "Đồng Tháp", 120, 5 }, { "Thừa Thiên Huế", 88, 3 },
            { "Đắk Lắk", 64, 7 }, { "Cà Mau", 45, 2 } };

    static IReportEngine engine;
    static Connection connection;
    static Path out;

    @BeforeAll
    static void startEngine() throws Exception {
        assertTrue(Files.isRegularFile(DEJAVU.resolve("DejaVuSans.ttf")),
                "DejaVu fonts missing: install fonts-dejavu-core (./motcua test does)");
        out = TestFiles.outputDir("birt");
        Path fontConfig = out.resolve("fontsConfig.xml");
        Files.writeString(fontConfig, fontConfig(), StandardCharsets.UTF_8);

        EngineConfig config = new EngineConfig();
        config.setFontConfig(fontConfig.toUri().toURL());
        config.setLogConfig(out.toString(), Level.WARNING); // BIRT's log file goes beside the outputs
        IReportEngineFactory factory = (IReportEngineFactory) Platform
                .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
        assertNotNull(factory, "no BIRT report engine factory in the extension registry");
        engine = factory.createReportEngine(config);

        // Developer tool: MOTCUA_BIRT_REGENERATE=<this bundle's folder> rewrites the committed design first.
        String regenerate = System.getenv("MOTCUA_BIRT_REGENERATE");
        if (regenerate != null && !regenerate.isBlank()) {
            ReportDesignGenerator.generate(Path.of(regenerate).resolve(DESIGN));
        }

        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:motcua-birt;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        connection = ds.getConnection();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE DOSSIER_STATS(PROVINCE VARCHAR(100), ON_TIME INT, LATE INT)");
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO DOSSIER_STATS VALUES (?, ?, ?)")) {
            for (Object[] row : ROWS) {
                ps.setString(1, (String) row[0]);
                ps.setInt(2, (Integer) row[1]);
                ps.setInt(3, (Integer) row[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @AfterAll
    static void stopEngine() throws Exception {
        if (engine != null) {
            engine.destroy();
        }
        if (connection != null) {
            connection.close();
        }
    }

    /** Maps every generic family to DejaVu Sans and lists only the DejaVu folder (searched non-recursively). */
    static String fontConfig() {
        StringBuilder aliases = new StringBuilder();
        for (String generic : new String[] { "serif", "sans-serif", "cursive", "fantasy", "Times-Roman", "Helvetica" }) {
            aliases.append("    <mapping name=\"").append(generic).append("\" font-family=\"DejaVu Sans\"/>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<font>\n  <font-aliases>\n" + aliases
                + "    <mapping name=\"monospace\" font-family=\"DejaVu Sans Mono\"/>\n  </font-aliases>\n"
                + "  <composite-font name=\"all-fonts\" font-family=\"DejaVu Sans\">\n  </composite-font>\n"
                + "  <font-paths>\n    <path path=\"" + DEJAVU + "\"/>\n  </font-paths>\n</font>\n";
    }

    private static void render(RenderOption option) throws Exception {
        IReportRunnable design;
        String regenerated = System.getenv("MOTCUA_BIRT_REGENERATE");
        try (InputStream in = regenerated != null && !regenerated.isBlank()
                ? Files.newInputStream(Path.of(regenerated).resolve(DESIGN)) : TestFiles.open(DESIGN)) {
            design = engine.openReportDesign(DESIGN, in);
        }
        IRunAndRenderTask task = engine.createRunAndRenderTask(design);
        try {
            Map<String, Object> appContext = new HashMap<>();
            // The ODA JDBC bundle cannot see the H2/PostgreSQL drivers: hand it an open connection.
            appContext.put("OdaJDBCDriverPassInConnection", connection);
            appContext.put("OdaJDBCDriverPassInConnectionCloseAfterUse", Boolean.FALSE);
            task.setAppContext(appContext);
            task.setRenderOption(option);
            task.run();
            assertTrue(task.getErrors().isEmpty(), () -> "BIRT errors: " + task.getErrors());
        } finally {
            task.close();
        }
    }

    @Test
    void rendersPdfWithVietnameseTextAndChart() throws Exception {
        Path pdf = out.resolve("platform-check.pdf");
        PDFRenderOption option = new PDFRenderOption();
        option.setOutputFormat("pdf");
        option.setOutputFileName(pdf.toString());
        render(option);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Hồ sơ đúng hạn"), () -> "header lost its diacritics: " + text);
            assertTrue(text.contains("Đồng Tháp"), () -> "row text lost its diacritics: " + text);
            assertTrue(text.contains("Thừa Thiên Huế"), text);
            assertTrue(text.contains("Báo cáo tiếp nhận và trả kết quả hồ sơ"), text);
            assertTrue(text.contains("312"), text);

            PDPage page = doc.getPage(0);
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name).getName());
            }
            assertTrue(fonts.stream().anyMatch(n -> n.contains("DejaVu")), () -> "DejaVu not embedded: " + fonts);

            // The chart is a PNG (outputFormat=PNG in the design): a silently dropped chart fails here.
            List<PDImageXObject> images = images(page.getResources());
            assertTrue(images.stream().anyMatch(i -> i.getWidth() >= 300 && i.getHeight() >= 150),
                    () -> "no chart image in the PDF; images: " + images.stream().map(i -> i.getWidth() + "x" + i.getHeight()).toList());
        }
    }

    private static List<PDImageXObject> images(PDResources resources) throws Exception {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                images.add(image);
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form && form.getResources() != null) {
                images.addAll(images(form.getResources()));
            }
        }
        return images;
    }

    @Test
    void rendersHtmlWithHeaderAndChartImage() throws Exception {
        Path html = out.resolve("platform-check.html");
        Path imageDir = out.resolve("images");
        Files.createDirectories(imageDir);
        HTMLRenderOption option = new HTMLRenderOption();
        option.setOutputFormat("html");
        option.setOutputFileName(html.toString());
        option.setImageHandler(new HTMLServerImageHandler());
        option.setImageDirectory(imageDir.toString());
        option.setBaseImageURL("images");
        render(option);

        String content = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(content.contains("Hồ sơ đúng hạn"), "HTML header missing");
        assertTrue(content.contains("Đồng Tháp"), "HTML row missing");
        assertTrue(content.contains("<img") && content.contains("src=\"images/"), "chart image not referenced with the base URL");
        try (var files = Files.list(imageDir)) {
            assertTrue(files.anyMatch(p -> p.toFile().length() > 1000), "chart image file not written");
        }
    }

    @Test
    void rendersXlsxReadableWithPoi() throws Exception {
        Path xlsx = out.resolve("platform-check.xlsx");
        RenderOption option = new RenderOption();
        option.setOutputFormat("xlsx");
        option.setEmitterID("uk.co.spudsoft.birt.emitters.excel.XlsxEmitter");
        option.setOutputFileName(xlsx.toString());
        render(option);

        Map<String, List<String>> rows = new HashMap<>();
        List<String> all = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    String value = switch (cell.getCellType()) {
                        case NUMERIC -> Long.toString(Math.round(cell.getNumericCellValue()));
                        case STRING -> cell.getStringCellValue();
                        default -> "";
                    };
                    if (!value.isEmpty()) {
                        cells.add(value);
                    }
                }
                all.addAll(cells);
                if (!cells.isEmpty()) {
                    rows.put(cells.get(0), cells);
                }
            }
        }
        assertTrue(all.contains("Hồ sơ đúng hạn"), () -> "header missing: " + all);
        for (Object[] expected : ROWS) {
            List<String> row = rows.get(expected[0]);
            assertNotNull(row, () -> "row " + expected[0] + " missing: " + rows.keySet());
            assertEquals(List.of((String) expected[0], expected[1].toString(), expected[2].toString()), row);
        }
    }
}
