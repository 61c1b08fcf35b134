// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests.birt;

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
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.model.api.CellHandle;
import org.eclipse.birt.report.model.api.DataItemHandle;
import org.eclipse.birt.report.model.api.DesignConfig;
import org.eclipse.birt.report.model.api.ElementFactory;
import org.eclipse.birt.report.model.api.ExtendedItemHandle;
import org.eclipse.birt.report.model.api.IDesignEngine;
import org.eclipse.birt.report.model.api.IDesignEngineFactory;
import org.eclipse.birt.report.model.api.LabelHandle;
import org.eclipse.birt.report.model.api.OdaDataSetHandle;
import org.eclipse.birt.report.model.api.OdaDataSourceHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.ReportItemHandle;
import org.eclipse.birt.report.model.api.RowHandle;
import org.eclipse.birt.report.model.api.SessionHandle;
import org.eclipse.birt.report.model.api.StructureFactory;
import org.eclipse.birt.report.model.api.TableHandle;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;
import org.eclipse.birt.report.model.api.elements.structures.ComputedColumn;

import com.ibm.icu.util.ULocale;

/**
 * Writes reports/platform-check.rptdesign with the BIRT Design Engine API (hand-writing chart XML is
 * not practical). Run it through BirtReportTest with MOTCUA_BIRT_REGENERATE set to the bundle folder.
 */
public final class ReportDesignGenerator {

    static final String[][] COLUMNS = {
            { "PROVINCE", "Tỉnh/thành phố", DesignChoiceConstants.COLUMN_DATA_TYPE_STRING },
            { "ON_TIME", "Hồ sơ đúng hạn", DesignChoiceConstants.COLUMN_DATA_TYPE_INTEGER },
            { "LATE", "Hồ sơ trễ hạn", DesignChoiceConstants.COLUMN_DATA_TYPE_INTEGER } };

    private ReportDesignGenerator() {
    }

    public static void generate(Path file) throws Exception {
        IDesignEngineFactory factory = (IDesignEngineFactory) Platform
                .createFactoryObject(IDesignEngineFactory.EXTENSION_DESIGN_ENGINE_FACTORY);
        IDesignEngine engine = factory.createDesignEngine(new DesignConfig());
        SessionHandle session = engine.newSessionHandle(ULocale.ENGLISH);
        ReportDesignHandle design = session.createDesign();
        try {
            ElementFactory f = design.getElementFactory();

            // JDBC data source; at run time the application passes an open connection
            // (OdaJDBCDriverPassInConnection), so the URL here is never used.
            OdaDataSourceHandle source = f.newOdaDataSource("MotCuaDb", "org.eclipse.birt.report.data.oda.jdbc");
            design.getDataSources().add(source);
            source.setProperty("odaDriverClass", "org.h2.Driver");
            source.setProperty("odaURL", "jdbc:h2:mem:motcua-report-design");
            source.setProperty("odaUser", "sa");

            OdaDataSetHandle dataSet = f.newOdaDataSet("OnTimeByProvince", "org.eclipse.birt.report.data.oda.jdbc.JdbcSelectDataSet");
            design.getDataSets().add(dataSet);
            dataSet.setDataSource("MotCuaDb");
            dataSet.setQueryText("SELECT PROVINCE AS \"PROVINCE\", ON_TIME AS \"ON_TIME\", LATE AS \"LATE\"\n"
                    + "FROM DOSSIER_STATS ORDER BY ON_TIME DESC");

            LabelHandle title = f.newLabel("Title");
            title.setText("Báo cáo tiếp nhận và trả kết quả hồ sơ");
            title.setProperty("fontSize", "14pt");
            title.setProperty("fontWeight", "bold");
            title.setProperty("fontFamily", "sans-serif");
            title.setProperty("marginBottom", "8pt");
            design.getBody().add(title);

            TableHandle table = f.newTableItem("DossierTable", COLUMNS.length, 1, 1, 1);
            table.setWidth("16cm");
            table.setProperty("fontFamily", "sans-serif");
            table.setDataSet(dataSet);
            bindColumns(table);
            RowHandle header = (RowHandle) table.getHeader().get(0);
            RowHandle detail = (RowHandle) table.getDetail().get(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                CellHandle headerCell = (CellHandle) header.getCells().get(i);
                headerCell.setProperty("backgroundColor", "#D9E7F5");
                LabelHandle label = f.newLabel(null);
                label.setText(COLUMNS[i][1]);
                label.setProperty("fontWeight", "bold");
                headerCell.getContent().add(label);

                CellHandle cell = (CellHandle) detail.getCells().get(i);
                DataItemHandle data = f.newDataItem(null);
                data.setResultSetColumn(COLUMNS[i][0]);
                cell.getContent().add(data);
            }
            design.getBody().add(table);

            ExtendedItemHandle chart = f.newExtendedItem("OnTimeChart", "Chart");
            chart.setWidth("16cm");
            chart.setHeight("8cm");
            chart.setProperty("outputFormat", "PNG");
            chart.setDataSet(dataSet);
            bindColumns(chart);
            chart.getReportItem().setProperty("chart.instance", barChart());
            design.getBody().add(chart);

            design.saveAs(file.toAbsolutePath().toString());
        } finally {
            design.close();
        }
    }

    private static void bindColumns(ReportItemHandle item) throws Exception {
        for (String[] column : COLUMNS) {
            ComputedColumn binding = StructureFactory.createComputedColumn();
            binding.setName(column[0]);
            binding.setExpression("dataSetRow[\"" + column[0] + "\"]");
            binding.setDataType(column[2]);
            item.addColumnBinding(binding, false);
        }
    }

    private static ChartWithAxes barChart() {
        ChartWithAxes chart = ChartWithAxesImpl.create();
        chart.setType("Bar Chart");
        chart.setSubType("Side-by-side");
        chart.setDimension(ChartDimension.TWO_DIMENSIONAL_LITERAL);
        // The presentation silently renders nothing when the block bounds are 0x0: 16cm x 8cm in points.
        chart.getBlock().setBounds(BoundsImpl.create(0, 0, 453.5, 226.8));
        chart.getTitle().getLabel().getCaption().setValue("Hồ sơ đúng hạn theo tỉnh");
        chart.getLegend().setVisible(false);

        Axis xAxis = chart.getPrimaryBaseAxes()[0];
        xAxis.setType(AxisType.TEXT_LITERAL);
        xAxis.setCategoryAxis(true);
        Axis yAxis = chart.getPrimaryOrthogonalAxis(xAxis);
        yAxis.setType(AxisType.LINEAR_LITERAL);

        SeriesDefinition categories = SeriesDefinitionImpl.create();
        Series provinces = SeriesImpl.create();
        provinces.getDataDefinition().add(QueryImpl.create("row[\"PROVINCE\"]"));
        categories.getSeries().add(provinces);
        xAxis.getSeriesDefinitions().add(categories);

        SeriesDefinition values = SeriesDefinitionImpl.create();
        values.getSeriesPalette().shift(0);
        Series bars = BarSeriesImpl.create();
        bars.getDataDefinition().add(QueryImpl.create("row[\"ON_TIME\"]"));
        bars.getLabel().setVisible(true);
        values.getSeries().add(bars);
        yAxis.getSeriesDefinitions().add(values);
        return chart;
    }
}
