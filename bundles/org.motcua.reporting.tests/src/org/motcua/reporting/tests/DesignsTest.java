// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;

import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.model.api.DesignConfig;
import org.eclipse.birt.report.model.api.IDesignEngineFactory;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.SessionHandle;
import org.junit.jupiter.api.Test;
import org.motcua.reporting.ReportCatalog;
import org.motcua.reporting.ReportDesign;
import org.motcua.reporting.internal.BirtReportService;

import com.ibm.icu.util.ULocale;

/** Every committed design opens in the BIRT design engine without errors and reads the database. */
class DesignsTest {

    @Test
    void everyDesignOpensInTheDesignEngine() throws Exception {
        IDesignEngineFactory factory = (IDesignEngineFactory) Platform
                .createFactoryObject(IDesignEngineFactory.EXTENSION_DESIGN_ENGINE_FACTORY);
        SessionHandle session = factory.createDesignEngine(new DesignConfig()).newSessionHandle(ULocale.ENGLISH);
        for (ReportDesign design : ReportCatalog.all()) {
            try (InputStream in = BirtReportService.class.getClassLoader().getResourceAsStream(design.path())) {
                assertNotNull(in, "design missing from the bundle: " + design.path());
                ReportDesignHandle handle = session.openDesign(design.path(), in);
                try {
                    assertTrue(handle.getErrorList().isEmpty(), () -> design.name() + ": " + handle.getErrorList());
                    assertFalse(handle.getDataSets().getContents().isEmpty(), design.name() + " has no data set");
                    assertNotNull(handle.findDataSource("MotCuaDb"), design.name() + " has no MotCuaDb data source");
                    assertFalse(handle.getBody().getContents().isEmpty(), design.name() + " is empty");
                } finally {
                    handle.close();
                }
            }
        }
    }
}
