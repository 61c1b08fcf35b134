// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * p2 inside the running platform: the provisioning agent provider is an OSGi service, the agent's
 * metadata repository manager creates a file: repository, and a fresh agent loads and queries it.
 */
class P2AgentTest {

    @TempDir
    Path tmp;

    @Test
    void createsAndLoadsAFileMetadataRepository() throws Exception {
        BundleContext context = TestFiles.bundle().getBundleContext();
        ServiceReference<IProvisioningAgentProvider> ref = context.getServiceReference(IProvisioningAgentProvider.class);
        assertNotNull(ref, "no IProvisioningAgentProvider service: is org.eclipse.equinox.p2.core active?");
        IProvisioningAgentProvider provider = context.getService(ref);
        try {
            URI repoUri = tmp.resolve("repo").toUri();
            IProvisioningAgent writerAgent = provider.createAgent(tmp.resolve("agent1").toUri());
            try {
                IMetadataRepositoryManager manager = writerAgent.getService(IMetadataRepositoryManager.class);
                assertNotNull(manager, "the agent has no metadata repository manager");
                IMetadataRepository repo = manager.createRepository(repoUri, "MotCua test repository",
                        IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
                repo.addInstallableUnits(List.of(unit("org.motcua.procedure.cutru", "1.2.3"), unit("org.motcua.procedure.datdai", "2.0.0")));
            } finally {
                writerAgent.stop();
            }
            assertTrue(Files.exists(tmp.resolve("repo/content.xml")) || Files.exists(tmp.resolve("repo/content.jar")),
                    "the repository was not written to disk");

            IProvisioningAgent readerAgent = provider.createAgent(tmp.resolve("agent2").toUri());
            try {
                IMetadataRepositoryManager manager = readerAgent.getService(IMetadataRepositoryManager.class);
                IMetadataRepository loaded = manager.loadRepository(repoUri, null);
                assertEquals("MotCua test repository", loaded.getName());
                IQueryResult<IInstallableUnit> all = loaded.query(QueryUtil.createIUAnyQuery(), null);
                Set<IInstallableUnit> units = all.toUnmodifiableSet();
                assertEquals(2, units.size(), () -> "units: " + units);
                IQueryResult<IInstallableUnit> one = loaded.query(QueryUtil.createIUQuery("org.motcua.procedure.cutru"), null);
                assertFalse(one.isEmpty());
                assertEquals(Version.create("1.2.3"), one.iterator().next().getVersion());
                assertTrue(loaded.query(QueryUtil.createIUQuery("org.motcua.procedure.none"), null).isEmpty());
            } finally {
                readerAgent.stop();
            }
        } finally {
            context.ungetService(ref);
        }
    }

    private static IInstallableUnit unit(String id, String version) {
        InstallableUnitDescription d = new InstallableUnitDescription();
        d.setId(id);
        d.setVersion(Version.create(version));
        d.setCapabilities(new org.eclipse.equinox.p2.metadata.IProvidedCapability[] {
                MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, Version.create(version)) });
        return MetadataFactory.createInstallableUnit(d);
    }
}
