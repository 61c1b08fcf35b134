package org.motcua.reporting.tests;

import java.nio.file.Path;

import org.eclipse.birt.chart.model.ChartWithAxes;
import org.eclipse.birt.chart.model.attribute.AxisType;
import org.eclipse.birt.chart.model.attribute.ChartDimension;
import org.eclipse.birt.chart.model.attribute.impl.BoundsImpl;
import org.eclipse.birt.chart.model.component.Axis;
import org.eclipse.birt.chart.model.component.Series;
import org.eclipse.birt.chart.model.component.impl.SeriesImpl;
import org.eclipse.birt.chart.model.data.SeriesDefinition;
import org.eclipse.birt.chart.model.data.impl.QueryImpl;
import org.eclipse.birt.chart.model.data.impl.SeriesDefinitionImpl;
import org.eclipse.birt.chart.model.impl.ChartWithAxesImpl;
import org.eclipse.birt.chart.model.type.impl.BarSeriesImpl;
import org.eclipse.birt.report.model.api.ExtendedItemHandle;
import org.eclipse.birt.report.model.api.GridHandle;
import org.eclipse.birt.report.model.api.OdaDataSetHandle;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;

/** Writes the register and the dashboard designs (once; see DesignGenerator). */
final class DashboardDesign {

    static final String OFFICE = "(? = 0 OR k.office_id = ?)";
    static final String[] PERIOD = { "fromDate", "toDate", "officeId", "officeId" };
    static final String RATE_COLUMNS = "COALESCE(SUM(k.dossiers), 0) AS N_FINISHED,\n"
            + " COALESCE(SUM(CASE WHEN k.timeliness = 'EARLY' THEN k.dossiers END), 0) AS N_EARLY,\n"
            + " COALESCE(SUM(CASE WHEN k.timeliness = 'ON_TIME' THEN k.dossiers END), 0) AS N_ON_TIME,\n"
            + " COALESCE(SUM(CASE WHEN k.timeliness = 'LATE' THEN k.dossiers END), 0) AS N_LATE,\n"
            + " COALESCE(SUM(CASE WHEN k.timeliness_original = 'LATE' THEN k.dossiers END), 0) AS N_LATE_ORIGINAL,\n"
            + " ROUND(100.0 * COALESCE(SUM(CASE WHEN k.timeliness <> 'LATE' THEN k.dossiers END), 0) / SUM(k.dossiers), 1) AS PCT_ON_TIME\n";
    static final String[] RATE_NAMES = { "LABEL", "N_FINISHED", "N_EARLY", "N_ON_TIME", "N_LATE", "N_LATE_ORIGINAL", "PCT_ON_TIME" };
    static final String[] RATE_HEADINGS = { "", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn", "Quá hạn so với hẹn ban đầu", "Tỉ lệ đúng hạn (%)" };
    static final String[] RATE_WIDTHS = { "9cm", "2.6cm", "2.6cm", "2.6cm", "2.6cm", "3.2cm", "3cm" };

    private DashboardDesign() {
    }

    static void periodParameters(Designer d) throws Exception {
        d.parameter("officeId", DesignChoiceConstants.PARAM_TYPE_INTEGER);
        d.parameter("fromDate", DesignChoiceConstants.PARAM_TYPE_DATE);
        d.parameter("toDate", DesignChoiceConstants.PARAM_TYPE_DATE);
        d.parameter("now", DesignChoiceConstants.PARAM_TYPE_DATETIME);
        d.parameter("soonDueBefore", DesignChoiceConstants.PARAM_TYPE_DATETIME);
    }

    static void title(Designer d, String title) throws Exception {
        d.design.getBody().add(d.label(title, "14pt", true, "center"));
        OdaDataSetHandle office = d.dataSet("Office",
                "SELECT COALESCE((SELECT name FROM office WHERE id = ?), 'Tất cả đơn vị') AS OFFICE_NAME", "officeId");
        org.eclipse.birt.report.model.api.TableHandle block = d.block("OfficeBlock", office, 1, "OFFICE_NAME");
        Designer.cell(block, 0).getContent().add(d.html("<div style=\"text-align:center\">Đơn vị: <VALUE-OF>row[\"OFFICE_NAME\"]</VALUE-OF>"
                + " – Kỳ báo cáo: từ <VALUE-OF format=\"dd/MM/yyyy\">params[\"fromDate\"].value</VALUE-OF> đến <VALUE-OF format=\"dd/MM/yyyy\">params[\"toDate\"].value</VALUE-OF>"
                + " – Số liệu tính đến <VALUE-OF format=\"HH:mm dd/MM/yyyy\">params[\"now\"].value</VALUE-OF></div><br/>"));
    }

    static void register(Path file) throws Exception {
        try (Designer d = new Designer("Sổ theo dõi hồ sơ", true)) {
            periodParameters(d);
            OdaDataSetHandle label = d.dataSet("FormLabel",
                    "SELECT CASE (SELECT regime FROM office WHERE id = CASE WHEN ? = 0 THEN (SELECT MIN(id) FROM office) ELSE ? END)\n"
                    + " WHEN 'DECREE_118_2025' THEN 'Mẫu số 07 (Theo Thông tư số 03/2025/TT-VPCP)'\n"
                    + " ELSE 'Mẫu số 06 (Theo Thông tư số 01/2018/TT-VPCP)' END AS FORM_LABEL", "officeId", "officeId");
            var head = d.block("Head", label, 1, "FORM_LABEL");
            Designer.cell(head, 0).getContent().add(d.html("<div style=\"text-align:right\"><i><VALUE-OF>row[\"FORM_LABEL\"]</VALUE-OF></i></div>"));
            title(d, "SỔ THEO DÕI HỒ SƠ");
            OdaDataSetHandle rows = d.dataSet("Register",
                    "SELECT d.code AS CODE, d.applicant_name || CHR(10) || COALESCE(d.applicant_address, '') AS APPLICANT,\n"
                    + " d.procedure_name_vi AS PROCEDURE_NAME,\n"
                    + " TO_CHAR(d.received_at, 'HH24:MI DD/MM/YYYY') AS RECEIVED, COALESCE(TO_CHAR(d.due_at, 'HH24:MI DD/MM/YYYY'), '') AS DUE,\n"
                    + " COALESCE(TO_CHAR(d.finished_at, 'HH24:MI DD/MM/YYYY'), '') AS FINISHED,\n"
                    + " COALESCE(TO_CHAR(d.returned_at, 'HH24:MI DD/MM/YYYY'), '') AS RETURNED,\n"
                    + " CASE d.status WHEN 'RECEIVED' THEN 'Đã tiếp nhận' WHEN 'PROCESSING' THEN 'Đang xử lý'\n"
                    + "  WHEN 'SUPPLEMENT_REQUESTED' THEN 'Chờ bổ sung' WHEN 'FINANCIAL_OBLIGATION' THEN 'Chờ nghĩa vụ tài chính'\n"
                    + "  WHEN 'WITHDRAWN' THEN 'Rút hồ sơ' WHEN 'STOPPED' THEN 'Dừng xử lý' WHEN 'FINISHED' THEN 'Đã xử lý xong'\n"
                    + "  WHEN 'RETURNED' THEN 'Đã trả kết quả' WHEN 'REFUSED' THEN 'Từ chối' ELSE d.status END AS STATUS\n"
                    + "FROM dossier d WHERE CAST(d.received_at AS DATE) BETWEEN ? AND ?\n"
                    + " AND (? = 0 OR d.office_id = ?) ORDER BY d.received_at, d.code",
                    "fromDate", "toDate", "officeId", "officeId");
            d.design.getBody().add(d.list("RegisterTable", rows,
                    new String[] { "CODE", "APPLICANT", "PROCEDURE_NAME", "RECEIVED", "DUE", "FINISHED", "RETURNED", "STATUS" },
                    new String[] { "Mã hồ sơ", "Người nộp, địa chỉ", "Tên thủ tục", "Ngày nhận", "Hẹn trả", "Xong", "Đã trả", "Tình trạng" },
                    new String[] { "4.4cm", "4.8cm", "5cm", "2.4cm", "2.4cm", "2.4cm", "2.4cm", "2.4cm" }));
            d.save(file);
        }
    }

    static void dashboard(Path file) throws Exception {
        try (Designer d = new Designer("Bảng điều hành: tình hình giải quyết hồ sơ", true)) {
            periodParameters(d);
            title(d, "BẢNG ĐIỀU HÀNH – TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ");
            // Headline figures: counts from kpi_counter, clock-dependent figures from indexed dossier queries.
            OdaDataSetHandle summary = d.dataSet("Summary",
                    "SELECT\n"
                    + " COALESCE(SUM(CASE WHEN k.event = 'RECEIVED' THEN k.dossiers END), 0) AS N_RECEIVED,\n"
                    + " COALESCE(SUM(CASE WHEN k.event = 'FINISHED' THEN k.dossiers END), 0) AS N_FINISHED,\n"
                    + " COALESCE(SUM(CASE WHEN k.event = 'FINISHED' AND k.timeliness = 'EARLY' THEN k.dossiers END), 0) AS N_EARLY,\n"
                    + " COALESCE(SUM(CASE WHEN k.event = 'FINISHED' AND k.timeliness = 'ON_TIME' THEN k.dossiers END), 0) AS N_ON_TIME,\n"
                    + " COALESCE(SUM(CASE WHEN k.event = 'FINISHED' AND k.timeliness = 'LATE' THEN k.dossiers END), 0) AS N_LATE,\n"
                    + " COALESCE(SUM(CASE WHEN k.event = 'FINISHED' AND k.timeliness_original = 'LATE' THEN k.dossiers END), 0) AS N_LATE_ORIGINAL,\n"
                    + " COALESCE(SUM(CASE WHEN k.event = 'WITHDRAWN' THEN k.dossiers END), 0) AS N_WITHDRAWN,\n"
                    + " COALESCE(SUM(CASE WHEN k.event = 'STOPPED' THEN k.dossiers END), 0) AS N_STOPPED,\n"
                    + " COALESCE(SUM(CASE WHEN k.event = 'REFUSED' THEN k.dossiers END), 0) AS N_REFUSED\n"
                    + "FROM kpi_counter k WHERE k.day_date BETWEEN ? AND ? AND " + OFFICE, PERIOD);
            OdaDataSetHandle open = d.dataSet("Open",
                    "SELECT\n"
                    + " (SELECT COUNT(*) FROM dossier WHERE status IN ('RECEIVED', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION')\n"
                    + "   AND (? = 0 OR office_id = ?)) AS N_IN_PROGRESS,\n"
                    + " (SELECT COUNT(*) FROM dossier WHERE status IN ('RECEIVED', 'PROCESSING') AND due_at < ? AND (? = 0 OR office_id = ?)) AS N_OVERDUE,\n"
                    + " (SELECT COUNT(*) FROM dossier WHERE status IN ('RECEIVED', 'PROCESSING') AND due_at >= ? AND due_at < ?\n"
                    + "   AND (? = 0 OR office_id = ?)) AS N_SOON_DUE,\n"
                    + " (SELECT COUNT(*) FROM inter_level_transfer WHERE state = 'PENDING' AND sla_due_at < ? AND (? = 0 OR to_office_id = ?)) AS N_INTER_LEVEL_LATE",
                    "officeId", "officeId", "now", "officeId", "officeId", "now", "soonDueBefore", "officeId", "officeId", "now",
                    "officeId", "officeId");
            String[] sumCols = { "N_RECEIVED", "N_FINISHED", "N_EARLY", "N_ON_TIME", "N_LATE", "N_LATE_ORIGINAL", "N_WITHDRAWN", "N_STOPPED", "N_REFUSED" };
            d.design.getBody().add(d.list("SummaryTable", summary, sumCols,
                    new String[] { "Tiếp nhận", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn", "Quá hạn so với hẹn ban đầu",
                            "Rút hồ sơ", "Dừng xử lý", "Từ chối tiếp nhận" }, null));
            d.design.getBody().add(d.html("<br/>"));
            d.design.getBody().add(d.list("OpenTable", open, new String[] { "N_IN_PROGRESS", "N_OVERDUE", "N_SOON_DUE", "N_INTER_LEVEL_LATE" },
                    new String[] { "Đang giải quyết", "Quá hạn (chưa xong)", "Sắp đến hạn (trong 1 ngày làm việc)",
                            "Liên thông quá hạn tiếp nhận" }, null));
            d.design.getBody().add(d.html("<br/><b>Tỉ lệ giải quyết đúng hạn theo tháng</b>"));
            OdaDataSetHandle months = d.dataSet("ByMonth",
                    "SELECT CAST(MOD(k.ym, 100) AS VARCHAR(2)) || '/' || CAST(k.ym / 100 AS VARCHAR(4)) AS LABEL,\n "
                    + RATE_COLUMNS + "FROM (SELECT CAST(EXTRACT(YEAR FROM c.day_date) AS INT) * 100 + CAST(EXTRACT(MONTH FROM c.day_date) AS INT) AS ym,\n"
                    + "  c.dossiers, c.timeliness, c.timeliness_original FROM kpi_counter c\n"
                    + "  WHERE c.event = 'FINISHED' AND c.day_date BETWEEN ? AND ? AND (? = 0 OR c.office_id = ?)) k\n"
                    + "GROUP BY k.ym ORDER BY k.ym", PERIOD);
            GridHandle monthGrid = d.f.newGridItem(null, 2, 1);
            monthGrid.setWidth("100%");
            Designer.cell(monthGrid, 0, 0).getContent().add(d.list("MonthTable", months,
                    new String[] { "LABEL", "N_FINISHED", "N_LATE", "PCT_ON_TIME" },
                    new String[] { "Tháng", "Đã giải quyết", "Quá hạn", "Tỉ lệ đúng hạn (%)" }, null));
            Designer.cell(monthGrid, 0, 1).getContent().add(chart(d, "MonthChart", months, "Đã giải quyết: đúng hạn / quá hạn theo tháng",
                    "N_ON_TIME_ALL", "N_LATE"));
            d.design.getBody().add(monthGrid);
            rateTable(d, "ByDepartment", "Theo phòng ban (đơn vị giải quyết)",
                    "SELECT COALESCE(dep.name || ' – ' || o.name, '(không thuộc phòng ban)') AS LABEL,\n " + RATE_COLUMNS
                    + "FROM kpi_counter k LEFT JOIN department dep ON dep.id = k.department_id LEFT JOIN office o ON o.id = dep.office_id\n"
                    + "WHERE k.event = 'FINISHED' AND k.day_date BETWEEN ? AND ? AND " + OFFICE
                    + "\nGROUP BY dep.name, o.name ORDER BY 1");
            rateTable(d, "ByProcedure", "Theo thủ tục hành chính",
                    "SELECT k.procedure_code AS LABEL,\n " + RATE_COLUMNS
                    + "FROM kpi_counter k WHERE k.event = 'FINISHED' AND k.day_date BETWEEN ? AND ? AND " + OFFICE
                    + "\nGROUP BY k.procedure_code ORDER BY 1");
            rateTable(d, "ByOffice", "Theo đơn vị tiếp nhận",
                    "SELECT o.name AS LABEL,\n " + RATE_COLUMNS
                    + "FROM kpi_counter k JOIN office o ON o.id = k.office_id WHERE k.event = 'FINISHED' AND k.day_date BETWEEN ? AND ? AND "
                    + OFFICE + "\nGROUP BY o.name ORDER BY 1");
            d.design.getBody().add(d.html("<br/><b>Hồ sơ tiếp nhận theo kênh</b>"));
            OdaDataSetHandle channels = d.dataSet("Channels",
                    "SELECT CASE k.channel WHEN 'WALK_IN' THEN 'Trực tiếp' WHEN 'POSTAL' THEN 'Bưu chính công ích'\n"
                    + "  WHEN 'ONLINE' THEN 'Trực tuyến' ELSE 'Liên thông' END AS LABEL,\n"
                    + " SUM(k.dossiers) AS N_RECEIVED,\n"
                    + " ROUND(100.0 * SUM(k.dossiers) / (SELECT SUM(x.dossiers) FROM kpi_counter x WHERE x.event = 'RECEIVED'\n"
                    + "   AND x.day_date BETWEEN ? AND ? AND (? = 0 OR x.office_id = ?)), 1) AS PCT_SHARE\n"
                    + "FROM kpi_counter k WHERE k.event = 'RECEIVED' AND k.day_date BETWEEN ? AND ? AND " + OFFICE
                    + "\nGROUP BY k.channel ORDER BY k.channel",
                    "fromDate", "toDate", "officeId", "officeId", "fromDate", "toDate", "officeId", "officeId");
            GridHandle channelGrid = d.f.newGridItem(null, 2, 1);
            channelGrid.setWidth("100%");
            Designer.cell(channelGrid, 0, 0).getContent().add(d.list("ChannelTable", channels, new String[] { "LABEL", "N_RECEIVED", "PCT_SHARE" },
                    new String[] { "Kênh", "Số hồ sơ", "Tỉ lệ (%)" }, null));
            Designer.cell(channelGrid, 0, 1).getContent().add(chart(d, "ChannelChart", channels, "Tỉ lệ hồ sơ theo kênh (%)", "PCT_SHARE"));
            d.design.getBody().add(channelGrid);
            d.design.getBody().add(d.html("<br/><b>Hồ sơ quá hạn và sắp đến hạn (tối đa 50, hạn sớm nhất trước)</b>"));
            OdaDataSetHandle late = d.dataSet("LateList",
                    "SELECT d.code AS CODE, d.applicant_name AS APPLICANT, d.procedure_name_vi AS PROCEDURE_NAME,\n"
                    + " TO_CHAR(d.due_at, 'HH24:MI DD/MM/YYYY') AS DUE, CASE WHEN d.due_at < ? THEN 'Quá hạn' ELSE 'Sắp đến hạn' END AS STATE,\n"
                    + " COALESCE(dep.name || ' – ' || o.name, '') AS HOLDER\n"
                    + "FROM dossier d LEFT JOIN department dep ON dep.id = d.holder_department_id LEFT JOIN office o ON o.id = dep.office_id\n"
                    + "WHERE d.status IN ('RECEIVED', 'PROCESSING') AND d.due_at < ? AND (? = 0 OR d.office_id = ?)\n"
                    + "ORDER BY d.due_at FETCH FIRST 50 ROWS ONLY", "now", "soonDueBefore", "officeId", "officeId");
            d.design.getBody().add(d.list("LateTable", late, new String[] { "CODE", "APPLICANT", "PROCEDURE_NAME", "DUE", "STATE", "HOLDER" },
                    new String[] { "Mã hồ sơ", "Người nộp", "Thủ tục", "Hạn trả", "Tình trạng", "Đang xử lý tại" },
                    new String[] { "4.4cm", "4.4cm", "5.2cm", "2.8cm", "2.6cm", "6.2cm" }));
            d.design.getBody().add(d.html("<br/><b>Hồ sơ liên thông quá hạn tiếp nhận</b>"));
            OdaDataSetHandle inter = d.dataSet("InterLevel",
                    "SELECT d.code AS CODE, f.name AS FROM_OFFICE, o.name AS TO_OFFICE, TO_CHAR(t.sent_at, 'HH24:MI DD/MM/YYYY') AS SENT,\n"
                    + " TO_CHAR(t.sla_due_at, 'HH24:MI DD/MM/YYYY') AS SLA_DUE\n"
                    + "FROM inter_level_transfer t JOIN dossier d ON d.id = t.dossier_id JOIN office f ON f.id = t.from_office_id\n"
                    + " JOIN office o ON o.id = t.to_office_id\n"
                    + "WHERE t.state = 'PENDING' AND t.sla_due_at < ? AND (? = 0 OR t.to_office_id = ?) ORDER BY t.sla_due_at FETCH FIRST 50 ROWS ONLY",
                    "now", "officeId", "officeId");
            d.design.getBody().add(d.list("InterLevelTable", inter, new String[] { "CODE", "FROM_OFFICE", "TO_OFFICE", "SENT", "SLA_DUE" },
                    new String[] { "Mã hồ sơ", "Nơi chuyển", "Nơi nhận", "Thời điểm chuyển", "Hạn tiếp nhận" }, null));
            d.save(file);
        }
    }

    static void rateTable(Designer d, String name, String heading, String sql) throws Exception {
        d.design.getBody().add(d.html("<br/><b>Tỉ lệ giải quyết đúng hạn – " + heading + "</b>"));
        OdaDataSetHandle ds = d.dataSet(name, sql, PERIOD);
        d.design.getBody().add(d.list(name + "Table", ds, RATE_NAMES, RATE_HEADINGS, RATE_WIDTHS));
    }

    /** A bar chart over {@code ds}: LABEL as categories, one bar series per value column. */
    static ExtendedItemHandle chart(Designer d, String name, OdaDataSetHandle ds, String title, String... values) throws Exception {
        ExtendedItemHandle chart = d.f.newExtendedItem(name, "Chart");
        chart.setWidth("12cm");
        chart.setHeight("6cm");
        chart.setProperty("outputFormat", "PNG");
        String[] columns = new String[values.length + 1];
        columns[0] = "LABEL";
        System.arraycopy(values, 0, columns, 1, values.length);
        if (java.util.Arrays.asList(values).contains("N_ON_TIME_ALL")) {
            d.bind(chart, ds, "LABEL", "N_LATE");
            org.eclipse.birt.report.model.api.elements.structures.ComputedColumn sum =
                    org.eclipse.birt.report.model.api.StructureFactory.createComputedColumn();
            sum.setName("N_ON_TIME_ALL");
            sum.setExpression("dataSetRow[\"N_EARLY\"] + dataSetRow[\"N_ON_TIME\"]");
            sum.setDataType(DesignChoiceConstants.COLUMN_DATA_TYPE_FLOAT);
            chart.addColumnBinding(sum, false);
        } else {
            d.bind(chart, ds, columns);
        }
        ChartWithAxes c = ChartWithAxesImpl.create();
        c.setType("Bar Chart");
        c.setSubType("Side-by-side");
        c.setDimension(ChartDimension.TWO_DIMENSIONAL_LITERAL);
        // A chart whose block bounds are 0x0 silently renders nothing: 12cm x 6cm in points.
        c.getBlock().setBounds(BoundsImpl.create(0, 0, 340, 170));
        c.getTitle().getLabel().getCaption().setValue(title);
        c.getTitle().getLabel().getCaption().getFont().setSize(9);
        c.getLegend().setVisible(values.length > 1);
        Axis x = c.getPrimaryBaseAxes()[0];
        x.setType(AxisType.TEXT_LITERAL);
        x.setCategoryAxis(true);
        Axis y = c.getPrimaryOrthogonalAxis(x);
        y.setType(AxisType.LINEAR_LITERAL);
        SeriesDefinition categories = SeriesDefinitionImpl.create();
        Series labels = SeriesImpl.create();
        labels.getDataDefinition().add(QueryImpl.create("row[\"LABEL\"]"));
        categories.getSeries().add(labels);
        x.getSeriesDefinitions().add(categories);
        int palette = 0;
        for (String value : values) {
            // one series definition per value: series sharing a definition are not all drawn
            SeriesDefinition valueDef = SeriesDefinitionImpl.create();
            valueDef.getSeriesPalette().shift(value.equals("N_LATE") ? -2 : palette++);
            Series bars = BarSeriesImpl.create();
            bars.setSeriesIdentifier(value.equals("N_LATE") ? "Quá hạn" : value.equals("N_ON_TIME_ALL") ? "Đúng hạn" : "Tỉ lệ");
            bars.getDataDefinition().add(QueryImpl.create("row[\"" + value + "\"]"));
            bars.getLabel().setVisible(true);
            valueDef.getSeries().add(bars);
            y.getSeriesDefinitions().add(valueDef);
        }
        y.getScale().setMin(org.eclipse.birt.chart.model.data.impl.NumberDataElementImpl.create(0));
        chart.getReportItem().setProperty("chart.instance", c);
        return chart;
    }
}
