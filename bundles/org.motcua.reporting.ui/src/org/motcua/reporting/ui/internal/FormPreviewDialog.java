// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.motcua.ui.internal.Ui;

/**
 * A rendered form on screen, page under page, with Print (the system's print dialog) and Save as PDF: what
 * the desk officer checks before handing the slip to the citizen.
 */
public final class FormPreviewDialog extends Dialog {

    /** Button ids beside OK/Cancel. */
    static final int PRINT = IDialogConstants.CLIENT_ID + 1;
    static final int SAVE = IDialogConstants.CLIENT_ID + 2;
    private static final float PRINT_DPI_MAX = 200f;

    private final String title;
    private final String fileName;
    private final Path pdf;
    private final List<ImageData> pages;
    private final List<Image> images = new ArrayList<>();
    private Label status;

    FormPreviewDialog(Shell parent, String title, String fileName, Path pdf, List<ImageData> pages) {
        super(parent);
        this.title = title;
        this.fileName = fileName;
        this.pdf = pdf;
        this.pages = List.copyOf(pages);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
        shell.setData(Ui.ID, "form.preview"); //$NON-NLS-1$
        shell.addDisposeListener(e -> images.forEach(Image::dispose));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ScrolledComposite scroll = new ScrolledComposite(area, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite sheets = new Composite(scroll, SWT.NONE);
        sheets.setLayout(new GridLayout(1, false));
        sheets.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        for (ImageData page : pages) {
            Image image = new Image(parent.getDisplay(), page);
            images.add(image);
            Label sheet = new Label(sheets, SWT.NONE);
            sheet.setImage(image);
            sheet.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
        }
        scroll.setContent(sheets);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(sheets.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        scroll.getVerticalBar().setIncrement(40);
        status = Ui.id(new Label(area, SWT.WRAP), "form.preview.status"); //$NON-NLS-1$
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText(NLS.bind(Messages.FormPreview_pages, pages.size()));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Ui.id(createButton(parent, PRINT, Messages.FormPreview_print, true), "form.preview.print"); //$NON-NLS-1$
        Ui.id(createButton(parent, SAVE, Messages.FormPreview_save, false), "form.preview.save"); //$NON-NLS-1$
        Button close = createButton(parent, IDialogConstants.CLOSE_ID, Messages.FormPreview_close, false);
        Ui.id(close, "form.preview.close"); //$NON-NLS-1$
    }

    @Override
    protected void buttonPressed(int buttonId) {
        switch (buttonId) {
            case PRINT -> PdfPrinter.print(getShell(), title, pdf, PRINT_DPI_MAX, this::say, this::complain);
            case SAVE -> save();
            case IDialogConstants.CLOSE_ID -> close();
            default -> super.buttonPressed(buttonId);
        }
    }

    private void save() {
        Path chosen = Ui.askSaveFile(getShell(), Messages.FormPreview_save, "pdf", fileName); //$NON-NLS-1$
        if (chosen != null) {
            saveTo(chosen);
        }
    }

    /** Copies the rendered PDF to {@code target} and says so (or why not). */
    void saveTo(Path target) {
        try {
            Files.copy(pdf, target, StandardCopyOption.REPLACE_EXISTING);
            say(NLS.bind(Messages.Dashboard_exported, target));
        } catch (java.io.IOException e) {
            complain(NLS.bind(Messages.FormPreview_failed, Ui.describe(e)));
        }
    }

    private void say(String text) {
        if (!status.isDisposed()) {
            Ui.message(status, text, false);
        }
    }

    private void complain(String text) {
        if (!status.isDisposed()) {
            Ui.message(status, text, true);
        }
    }

    @Override
    protected Point getInitialSize() {
        Point preferred = super.getInitialSize();
        var screen = getShell().getMonitor().getClientArea();
        int widest = pages.stream().mapToInt(page -> page.width).max().orElse(preferred.x);
        return new Point(Math.min(Math.max(preferred.x, widest + 60), screen.width - 40),
                Math.min(preferred.y, screen.height - 60));
    }

    /** @return the rendered PDF (for tests) */
    public Path pdf() {
        return pdf;
    }
}
