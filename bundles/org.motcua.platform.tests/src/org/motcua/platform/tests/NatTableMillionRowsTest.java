// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * NatTable inside OSGi on SWT GTK: a body over one million computed rows (nothing stored) is shown,
 * painted, and scrolled to the end. Painting needs Eclipse Collections found through SPI Fly.
 */
class NatTableMillionRowsTest {

    static final int ROWS = 1_000_000;

    /** Cells are computed from the row index: code, applicant, days left. */
    static final class ComputedRows implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            return switch (column) {
                case 0 -> String.format("H20-250627-%07d", row + 1);
                case 1 -> "Công dân số " + (row + 1);
                default -> Integer.toString(row % 15);
            };
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public int getRowCount() {
            return ROWS;
        }
    }

    @Test
    void showsAndScrollsAMillionRows() throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setText("MotCua NatTable check");
            shell.setLayout(new FillLayout());
            DataLayer dataLayer = new DataLayer(new ComputedRows(), 180, 22);
            SelectionLayer selectionLayer = new SelectionLayer(dataLayer);
            ViewportLayer viewport = new ViewportLayer(selectionLayer);
            NatTable table = new NatTable(shell, viewport);
            shell.setSize(600, 400);
            shell.open();
            pump(display, 400);

            assertEquals(ROWS, selectionLayer.getRowCount());
            assertEquals(0, viewport.getRowIndexByPosition(0));
            assertTrue(table.getRowCount() > 5 && table.getRowCount() < 40, "only the visible rows are in the viewport: " + table.getRowCount());
            assertEquals("H20-250627-0000001", table.getDataValueByPosition(0, 0));
            assertEquals("Công dân số 3", table.getDataValueByPosition(1, 2));
            assertPainted(display, table, "top");

            table.doCommand(new ShowRowInViewportCommand(999_990));
            pump(display, 400);
            int firstVisible = viewport.getRowIndexByPosition(0);
            int lastVisible = viewport.getRowIndexByPosition(viewport.getRowCount() - 1);
            assertTrue(firstVisible <= 999_990 && 999_990 <= lastVisible, "row 999,990 not visible: " + firstVisible + ".." + lastVisible);
            int position = viewport.getRowPositionByIndex(999_990);
            assertEquals("H20-250627-0999991", table.getDataValueByPosition(0, position));
            assertEquals("Công dân số 999991", table.getDataValueByPosition(1, position));
            assertEquals(Integer.toString(999_990 % 15), table.getDataValueByPosition(2, position));
            assertPainted(display, table, "row-999990");
        } finally {
            shell.dispose();
            pump(display, 50);
        }
    }

    private static void pump(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Grabs the widget's pixels: a painted grid has text and lines, a failed paint leaves one colour. */
    private static void assertPainted(Display display, NatTable table, String name) {
        table.redraw();
        table.update();
        pump(display, 100);
        var size = table.getSize();
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(table);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < data.height; y += 2) {
                for (int x = 0; x < data.width; x += 2) {
                    colours.add(data.getPixel(x, y));
                }
            }
            assertTrue(colours.size() > 3, name + ": the table looks unpainted (" + colours.size() + " colours)");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Path out = TestFiles.outputDir("nattable").resolve(name + ".png");
            loader.save(out.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
