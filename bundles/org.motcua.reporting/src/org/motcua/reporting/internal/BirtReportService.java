// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
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
import org.motcua.reporting.OutputFormat;
import org.motcua.reporting.ReportDesign;
import org.motcua.reporting.ReportException;
import org.motcua.reporting.ReportRequest;
import org.motcua.reporting.ReportService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The BIRT 4.22 report engine inside OSGi: created once through the extension registry (no
 * BIRT_HOME), with the DejaVu font configuration, and reused for every report. Data comes through
 * the caller's open JDBC connection ({@code OdaJDBCDriverPassInConnection}): BIRT's JDBC bundle cannot
 * see the database drivers itself.
 */
@Component(service = ReportService.class)
public final class BirtReportService implements ReportService {

    private IReportEngine engine;

    /** @return the engine, started on first use */
    synchronized IReportEngine engine() {
        if (engine == null) {
            try {
                Path work = Files.createTempDirectory("motcua-birt");
                EngineConfig config = new EngineConfig();
                config.setFontConfig(FontConfig.write(work).toUri().toURL());
                config.setLogConfig(work.toString(), Level.WARNING);
                config.setResourceLocator(new BundleResources());
                IReportEngineFactory factory = (IReportEngineFactory) Platform
                        .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
                if (factory == null) {
                    throw new ReportException("No BIRT report engine in the extension registry");
                }
                engine = factory.createReportEngine(config);
            } catch (IOException e) {
                throw new ReportException("BIRT engine could not start: " + e.getMessage(), e);
            }
        }
        return engine;
    }

    /** @return the design, opened from this bundle */
    IReportRunnable open(ReportDesign design) {
        try (InputStream in = BirtReportService.class.getClassLoader().getResourceAsStream(design.path())) {
            if (in == null) {
                throw new ReportException("Design not found in the bundle: " + design.path());
            }
            return engine().openReportDesign(design.name(), in);
        } catch (IOException | BirtException e) {
            throw new ReportException("Design " + design.name() + " could not be opened: " + e.getMessage(), e);
        }
    }

    @Override
    public void render(ReportRequest request, Connection connection) {
        IReportRunnable design = open(request.design());
        IRunAndRenderTask task = engine().createRunAndRenderTask(design);
        try {
            Map<String, Object> appContext = new HashMap<>();
            appContext.put("OdaJDBCDriverPassInConnection", connection);
            appContext.put("OdaJDBCDriverPassInConnectionCloseAfterUse", Boolean.FALSE);
            appContext.put(FormNotes.APP_CONTEXT_KEY, new FormNotes()); // notes in Vietnamese from the core's texts
            if (SNAPSHOT_DESIGNS.contains(request.design().name())) {
                appContext.put(PeriodFigures.APP_CONTEXT_KEY, periodFigures(request, connection));
            }
            Object code = request.parameters().get("dossierCode");
            if (code != null) {
                appContext.put(QrCodes.APP_CONTEXT_KEY, QrCodes.png(code.toString(), 240));
            }
            task.setAppContext(appContext);
            task.setLocale(reportLocale());
            task.setParameterValues(new HashMap<>(request.parameters()));
            task.setRenderOption(option(request));
            Files.createDirectories(request.output().toAbsolutePath().getParent());
            task.run();
            if (!task.getErrors().isEmpty()) {
                throw new ReportException("Report " + request.design().name() + " failed: " + task.getErrors());
            }
            if (!Files.isRegularFile(request.output()) || Files.size(request.output()) == 0) {
                throw new ReportException("Report " + request.design().name() + " wrote nothing to " + request.output());
            }
        } catch (IOException | BirtException e) {
            throw new ReportException("Report " + request.design().name() + " failed: " + e.getMessage(), e);
        } finally {
            task.close();
        }
    }

    /** The designs that read the daily snapshots (docs/kpi.md, "Period reports as of the period's end"). */
    private static final java.util.Set<String> SNAPSHOT_DESIGNS = java.util.Set.of("period", "dashboard");

    /** @return the period's figures of a period request, the snapshots refreshed first */
    private static PeriodFigures periodFigures(ReportRequest request, Connection connection) {
        Map<String, Object> p = request.parameters();
        return PeriodFigures.read(connection, ((Number) p.get("officeFrom")).longValue(),
                ((Number) p.get("officeTo")).longValue(), ((java.sql.Date) p.get("fromDate")).toLocalDate(),
                ((java.sql.Date) p.get("toDate")).toLocalDate(), ((java.sql.Timestamp) p.get("now")).toLocalDateTime(),
                reportLocale());
    }

    /**
     * @return the language of report headings: the application's ({@code -nl en} gives English, anything else
     *         Vietnamese); designs with a resource bundle ({@code includeResource}) follow it
     */
    static Locale reportLocale() {
        return "en".equals(Locale.getDefault().getLanguage()) ? Locale.ENGLISH : Locale.of("vi"); //$NON-NLS-1$
    }

    private static RenderOption option(ReportRequest request) throws IOException {
        String file = request.output().toAbsolutePath().toString();
        RenderOption option;
        if (request.format() == OutputFormat.PDF) {
            option = new PDFRenderOption();
        } else if (request.format() == OutputFormat.HTML) {
            HTMLRenderOption html = new HTMLRenderOption();
            Path images = Path.of(file + "_images");
            Files.createDirectories(images);
            html.setImageHandler(new HTMLServerImageHandler());
            html.setImageDirectory(images.toString());
            html.setBaseImageURL(images.getFileName().toString());
            html.setEmbeddable(false);
            option = html;
        } else {
            option = new RenderOption();
        }
        option.setOutputFormat(request.format().birtFormat());
        if (request.format().emitterId() != null) {
            option.setEmitterID(request.format().emitterId());
        }
        option.setOutputFileName(file);
        return option;
    }

    @Override
    @Deactivate
    public synchronized void shutdown() {
        if (engine != null) {
            engine.destroy();
            engine = null;
        }
    }
}
