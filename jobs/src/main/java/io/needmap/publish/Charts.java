package io.needmap.publish;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (XDDF) bound to cell ranges of the workbook, so that they stay editable.
 * Every series gets an explicit fill or line colour: without one LibreOffice draws bars invisible.
 */
final class Charts {

    /** A series: its name and the cells of its values. */
    record Series(String name, CellRangeAddress values, byte[] colour) {
    }

    private static final byte[][] PALETTE = {WorkbookStyles.NAVY, WorkbookStyles.AMBER, WorkbookStyles.GREY,
            WorkbookStyles.BLUE, WorkbookStyles.GREEN, WorkbookStyles.RED};

    private Charts() {
    }

    static byte[] colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    private static XSSFChart chart(XSSFSheet sheet, String title, int col1, int row1, int col2, int row2) {
        XSSFClientAnchor anchor = sheet.createDrawingPatriarch().createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = sheet.createDrawingPatriarch().createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** A clustered bar chart; {@code horizontal} puts the categories down the left. */
    static void bar(XSSFSheet sheet, String title, int col1, int row1, int col2, int row2,
                    CellRangeAddress categories, List<Series> series, boolean horizontal, String numberFormat) {
        XSSFChart chart = chart(sheet, title, col1, row1, col2, row2);
        XDDFCategoryAxis x = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setNumberFormat(numberFormat);
        x.setTickLabelPosition(org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition.LOW);
        if (horizontal) {
            x.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        for (Series s : series) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values());
            XDDFChartData.Series added = data.addSeries(cats, values);
            added.setTitle(s.name(), null);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(s.colour())));
            added.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    /** A line chart with markers, categories along the bottom. */
    static void line(XSSFSheet sheet, String title, int col1, int row1, int col2, int row2,
                     CellRangeAddress categories, List<Series> series, String numberFormat) {
        XSSFChart chart = chart(sheet, title, col1, row1, col2, row2);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTickLabelPosition(org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition.LOW);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setNumberFormat(numberFormat);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        for (Series s : series) {
            XDDFLineChartData.Series added = (XDDFLineChartData.Series) data.addSeries(cats,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values()));
            added.setTitle(s.name(), null);
            added.setMarkerStyle(MarkerStyle.CIRCLE);
            added.setSmooth(false);
            added.setShapeProperties(lineShape(s.colour(), 28575));
        }
        chart.plot(data);
    }

    /** A scatter chart point series. */
    record Points(String name, CellRangeAddress x, CellRangeAddress y, byte[] colour, boolean line) {
    }

    static XSSFChart scatter(XSSFSheet sheet, String title, int col1, int row1, int col2, int row2,
                             List<Points> series, String xTitle, String yTitle) {
        XSSFChart chart = chart(sheet, title, col1, row1, col2, row2);
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        x.setTitle(xTitle);
        y.setTitle(yTitle);
        x.setNumberFormat("0%");
        y.setNumberFormat("0%");
        y.setCrosses(AxisCrosses.MIN);
        y.setMinimum(0);
        y.setMaximum(1);
        x.setMinimum(0);
        x.setCrosses(AxisCrosses.MIN);
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        data.setVaryColors(false);
        for (Points p : series) {
            XDDFScatterChartData.Series added = (XDDFScatterChartData.Series) data.addSeries(
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, p.x()),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, p.y()));
            added.setTitle(p.name(), null);
            added.setSmooth(false);
            if (p.line()) {
                added.setMarkerStyle(MarkerStyle.NONE);
                added.setShapeProperties(lineShape(p.colour(), 12700));
            } else {
                added.setMarkerStyle(MarkerStyle.CIRCLE);
                XDDFShapeProperties shape = new XDDFShapeProperties();
                shape.setLineProperties(noLine());
                shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(p.colour())));
                added.setShapeProperties(shape);
            }
        }
        chart.plot(data);
        return chart;
    }

    private static XDDFShapeProperties lineShape(byte[] colour, int width) {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        line.setWidth(width / 12700.0);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        return shape;
    }

    private static XDDFLineProperties noLine() {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFNoFillProperties());
        return line;
    }

    static XDDFColor white() {
        return XDDFColor.from(PresetColor.WHITE);
    }
}
