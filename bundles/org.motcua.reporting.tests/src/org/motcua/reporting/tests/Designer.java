package org.motcua.reporting.tests;

import java.nio.file.Path;

import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.model.api.CellHandle;
import org.eclipse.birt.report.model.api.DesignConfig;
import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.ElementFactory;
import org.eclipse.birt.report.model.api.GridHandle;
import org.eclipse.birt.report.model.api.IDesignEngine;
import org.eclipse.birt.report.model.api.IDesignEngineFactory;
import org.eclipse.birt.report.model.api.ImageHandle;
import org.eclipse.birt.report.model.api.LabelHandle;
import org.eclipse.birt.report.model.api.OdaDataSetHandle;
import org.eclipse.birt.report.model.api.OdaDataSourceHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.ReportItemHandle;
import org.eclipse.birt.report.model.api.RowHandle;
import org.eclipse.birt.report.model.api.ScalarParameterHandle;
import org.eclipse.birt.report.model.api.SimpleMasterPageHandle;
import org.eclipse.birt.report.model.api.StructureFactory;
import org.eclipse.birt.report.model.api.StyleHandle;
import org.eclipse.birt.report.model.api.TableHandle;
import org.eclipse.birt.report.model.api.TextItemHandle;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;
import org.eclipse.birt.report.model.api.elements.structures.ComputedColumn;
import org.eclipse.birt.report.model.api.elements.structures.OdaDataSetParameter;

import com.ibm.icu.util.ULocale;

/**
 * Small helper over the BIRT Design Engine API used ONCE to write the committed designs (see
 * DesignGenerator). The committed .rptdesign files are the source: edit them in a report designer.
 */
final class Designer implements AutoCloseable {

    final ReportDesignHandle design;
    final ElementFactory f;

    Designer(String title, boolean landscape) throws Exception {
        IDesignEngineFactory factory = (IDesignEngineFactory) Platform
                .createFactoryObject(IDesignEngineFactory.EXTENSION_DESIGN_ENGINE_FACTORY);
        IDesignEngine engine = factory.createDesignEngine(new DesignConfig());
        design = engine.newSessionHandle(ULocale.ENGLISH).createDesign();
        f = design.getElementFactory();
        design.setTitle(title);
        StyleHandle report = f.newStyle("report");
        report.setProperty("fontFamily", "sans-serif");
        report.setProperty("fontSize", "10pt");
        design.getStyles().add(report);
        SimpleMasterPageHandle page = f.newSimpleMasterPage("Page");
        page.setPageType(DesignChoiceConstants.PAGE_SIZE_A4);
        page.setOrientation(landscape ? DesignChoiceConstants.PAGE_ORIENTATION_LANDSCAPE
                : DesignChoiceConstants.PAGE_ORIENTATION_PORTRAIT);
        for (String margin : new String[] { "topMargin", "bottomMargin" }) {
            page.setProperty(margin, "1.5cm");
        }
        page.setProperty("leftMargin", "2cm");
        page.setProperty("rightMargin", "1.5cm");
        design.getMasterPages().add(page);
        OdaDataSourceHandle source = f.newOdaDataSource("MotCuaDb", "org.eclipse.birt.report.data.oda.jdbc");
        design.getDataSources().add(source);
        // At run time MotCua passes an open connection (OdaJDBCDriverPassInConnection): the URL is a placeholder.
        source.setProperty("odaDriverClass", "org.h2.Driver");
        source.setProperty("odaURL", "jdbc:h2:mem:motcua-design-placeholder");
        source.setProperty("odaUser", "sa");
    }

    void parameter(String name, String type) throws Exception {
        ScalarParameterHandle p = f.newScalarParameter(name);
        p.setDataType(type);
        p.setIsRequired(true);
        if (DesignChoiceConstants.PARAM_TYPE_STRING.equals(type)) {
            p.setAllowBlank(false);
        }
        design.getParameters().add(p);
    }

    /** A JDBC data set; {@code params} are report-parameter names bound to the ? markers in order. */
    OdaDataSetHandle dataSet(String name, String sql, String... params) throws Exception {
        OdaDataSetHandle ds = f.newOdaDataSet(name, "org.eclipse.birt.report.data.oda.jdbc.JdbcSelectDataSet");
        design.getDataSets().add(ds);
        ds.setDataSource("MotCuaDb");
        ds.setQueryText(sql);
        for (int i = 0; i < params.length; i++) {
            OdaDataSetParameter p = StructureFactory.createOdaDataSetParameter();
            p.setName("p" + (i + 1));
            p.setPosition(i + 1);
            p.setNativeDataType(0);
            p.setDataType(columnType(params[i]));
            p.setIsInput(true);
            p.setIsOutput(false);
            p.setParamName(params[i]);
            ds.getPropertyHandle(OdaDataSetHandle.PARAMETERS_PROP).addItem(p);
        }
        return ds;
    }

    private String columnType(String parameter) {
        ScalarParameterHandle p = (ScalarParameterHandle) design.findParameter(parameter);
        return switch (p.getDataType()) {
            case DesignChoiceConstants.PARAM_TYPE_INTEGER -> DesignChoiceConstants.COLUMN_DATA_TYPE_INTEGER;
            case DesignChoiceConstants.PARAM_TYPE_DATE -> DesignChoiceConstants.COLUMN_DATA_TYPE_DATE;
            case DesignChoiceConstants.PARAM_TYPE_DATETIME -> DesignChoiceConstants.COLUMN_DATA_TYPE_DATETIME;
            default -> DesignChoiceConstants.COLUMN_DATA_TYPE_STRING;
        };
    }

    /** Binds {@code columns} of the item's data set under the same names. */
    void bind(ReportItemHandle item, OdaDataSetHandle ds, String... columns) throws Exception {
        item.setDataSet(ds);
        for (String column : columns) {
            ComputedColumn binding = StructureFactory.createComputedColumn();
            binding.setName(column);
            binding.setExpression("dataSetRow[\"" + column + "\"]");
            binding.setDataType(column.startsWith("N_") ? DesignChoiceConstants.COLUMN_DATA_TYPE_INTEGER
                    : column.startsWith("PCT") ? DesignChoiceConstants.COLUMN_DATA_TYPE_FLOAT
                    : DesignChoiceConstants.COLUMN_DATA_TYPE_STRING);
            item.addColumnBinding(binding, false);
        }
    }

    /** A one-column table over a (one-row) data set; content goes into its detail rows. */
    TableHandle block(String name, OdaDataSetHandle ds, int rows, String... columns) throws Exception {
        TableHandle t = nested(name, ds, rows, columns);
        design.getBody().add(t);
        return t;
    }

    /** Like {@link #block} but not added to the body (to nest it in a cell). */
    TableHandle nested(String name, OdaDataSetHandle ds, int rows, String... columns) throws Exception {
        TableHandle t = f.newTableItem(name, 1, 0, rows, 0);
        t.setWidth("100%");
        bind(t, ds, columns);
        return t;
    }

    static CellHandle cell(TableHandle t, int row) {
        return (CellHandle) ((RowHandle) t.getDetail().get(row)).getCells().get(0);
    }

    static CellHandle cell(GridHandle g, int row, int column) {
        return (CellHandle) ((RowHandle) g.getRows().get(row)).getCells().get(column);
    }

    TextItemHandle html(String content) throws Exception {
        TextItemHandle t = f.newTextItem(null);
        t.setContentType(DesignChoiceConstants.TEXT_CONTENT_TYPE_HTML);
        t.setContent(content);
        return t;
    }

    LabelHandle label(String text, String size, boolean bold, String align) throws Exception {
        LabelHandle l = f.newLabel(null);
        l.setText(text);
        style(l, size, bold, align);
        return l;
    }

    static void style(DesignElementHandle e, String size, boolean bold, String align) throws Exception {
        if (size != null) {
            e.setProperty("fontSize", size);
        }
        if (bold) {
            e.setProperty("fontWeight", "bold");
        }
        if (align != null) {
            e.setProperty("textAlign", align);
        }
    }

    /** The state header: office on the left, the national motto and the form number on the right. */
    GridHandle header(String officeExpr, String formLabelExpr) throws Exception {
        GridHandle g = f.newGridItem(null, 2, 1);
        g.setWidth("100%");
        TextItemHandle left = html("<div style=\"text-align:center\"><VALUE-OF>" + officeExpr + "</VALUE-OF><br/>"
                + "<b>BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ</b><br/>———</div>");
        left.setProperty("fontSize", "9pt");
        cell(g, 0, 0).getContent().add(left);
        TextItemHandle right = html("<div style=\"text-align:right\"><i><VALUE-OF>" + formLabelExpr + "</VALUE-OF></i></div>"
                + "<div style=\"text-align:center\"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>"
                + "<b>Độc lập – Tự do – Hạnh phúc</b><br/>———————</div>");
        right.setProperty("fontSize", "9pt");
        cell(g, 0, 1).getContent().add(right);
        return g;
    }

    ImageHandle qrImage() throws Exception {
        ImageHandle img = f.newImage("QrCode");
        img.setSource(DesignChoiceConstants.IMAGE_REF_TYPE_EXPR);
        // The application passes the PNG of the dossier code's QR code (ZXing) in the app context.
        img.setValueExpression("reportContext.getAppContext().get(\"MotCuaQrPng\")");
        img.setWidth("2.6cm");
        img.setHeight("2.6cm");
        return img;
    }

    /** A list table: header labels over data columns. */
    TableHandle list(String name, OdaDataSetHandle ds, String[] columns, String[] headings, String[] widths)
            throws Exception {
        TableHandle t = f.newTableItem(name, columns.length, 1, 1, 0);
        t.setWidth("100%");
        bind(t, ds, columns);
        RowHandle header = (RowHandle) t.getHeader().get(0);
        RowHandle detail = (RowHandle) t.getDetail().get(0);
        for (int i = 0; i < columns.length; i++) {
            if (widths != null) {
                ((org.eclipse.birt.report.model.api.ColumnHandle) t.getColumns().get(i)).setProperty("width", widths[i]);
            }
            CellHandle h = (CellHandle) header.getCells().get(i);
            border(h);
            h.setProperty("backgroundColor", "#E6E6E6");
            h.getContent().add(label(headings[i], "9pt", true, "center"));
            CellHandle c = (CellHandle) detail.getCells().get(i);
            border(c);
            org.eclipse.birt.report.model.api.DataItemHandle data = f.newDataItem(null);
            data.setResultSetColumn(columns[i]);
            data.setProperty("fontSize", "9pt");
            data.setProperty("whiteSpace", "pre");
            if (columns[i].startsWith("N_") || columns[i].startsWith("PCT")) {
                data.setProperty("textAlign", "right");
            }
            c.getContent().add(data);
        }
        return t;
    }

    static void border(CellHandle c) throws Exception {
        for (String side : new String[] { "Top", "Bottom", "Left", "Right" }) {
            c.setProperty("border" + side + "Style", "solid");
            c.setProperty("border" + side + "Width", "thin");
            c.setProperty("border" + side + "Color", "#000000");
        }
        c.setProperty("paddingLeft", "3pt");
        c.setProperty("paddingRight", "3pt");
    }

    void save(Path file) throws Exception {
        java.nio.file.Files.createDirectories(file.getParent());
        design.saveAs(file.toAbsolutePath().toString());
    }

    @Override
    public void close() {
        design.close();
    }
}
