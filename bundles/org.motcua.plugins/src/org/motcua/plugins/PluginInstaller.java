// SPDX-License-Identifier: EPL-2.0
package org.motcua.plugins;

import java.io.File;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Installs and uninstalls features in the running installation's p2 profile (the materialized
 * product is p2-managed, profile {@code DefaultProfile}) with the p2 operations API. Changes take
 * effect at the next start.
 */
public final class PluginInstaller implements AutoCloseable {

    /** Feature ids end with this; p2 names a feature's installable unit {@code <id>.feature.group}. */
    public static final String GROUP_SUFFIX = ".feature.group";

    private final IProvisioningAgent agent;
    private final String profileId;

    private PluginInstaller(IProvisioningAgent agent, String profileId) {
        this.agent = agent;
        this.profileId = profileId;
    }

    /**
     * Opens the running installation's agent: the p2 data area and profile come from the
     * {@code eclipse.p2.data.area} and {@code eclipse.p2.profile} properties (config.ini).
     */
    public static PluginInstaller running() throws ProvisionException {
        BundleContext context = FrameworkUtil.getBundle(PluginInstaller.class).getBundleContext();
        String area = context.getProperty("eclipse.p2.data.area");
        String profile = context.getProperty("eclipse.p2.profile");
        if (area == null || profile == null) {
            throw new ProvisionException("this installation is not managed by p2 (no eclipse.p2.data.area / eclipse.p2.profile)");
        }
        ServiceReference<IProvisioningAgentProvider> ref = context.getServiceReference(IProvisioningAgentProvider.class);
        if (ref == null) {
            throw new ProvisionException("no p2 agent provider: is org.eclipse.equinox.p2.core started?");
        }
        startServices(context);
        IProvisioningAgent agent = context.getService(ref).createAgent(dataArea(context, area));
        return new PluginInstaller(agent, profile);
    }

    /**
     * Opens the p2 agent of another MotCua installation, not the running one: {@code installFolder} holding its
     * p2 data area ({@code p2/}) and its profile {@code profileId}. The materialized product is roaming (it may be
     * copied anywhere); when the profile still names another folder, it is moved to this one first, as p2 does
     * for a roaming installation that starts from a new place. Tests and tools use it to change a copy of the
     * product exactly as the administration screen changes the running one.
     */
    public static PluginInstaller open(java.nio.file.Path installFolder, String profileId) throws ProvisionException {
        BundleContext context = FrameworkUtil.getBundle(PluginInstaller.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> ref = context.getServiceReference(IProvisioningAgentProvider.class);
        if (ref == null) {
            throw new ProvisionException("no p2 agent provider: is org.eclipse.equinox.p2.core started?");
        }
        startServices(context);
        java.nio.file.Path folder = installFolder.toAbsolutePath().normalize();
        IProvisioningAgent agent = context.getService(ref).createAgent(folder.resolve("p2").toUri());
        IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
        if (profile == null) {
            agent.stop();
            throw new ProvisionException("no p2 profile " + profileId + " in " + folder);
        }
        String path = folder.toString();
        if (!path.equals(profile.getProperty(IProfile.PROP_INSTALL_FOLDER))) {
            if (!Boolean.parseBoolean(profile.getProperty(IProfile.PROP_ROAMING))) {
                agent.stop();
                throw new ProvisionException("profile " + profileId + " belongs to "
                        + profile.getProperty(IProfile.PROP_INSTALL_FOLDER) + " and is not roaming");
            }
            org.eclipse.equinox.p2.engine.IEngine engine = agent.getService(org.eclipse.equinox.p2.engine.IEngine.class);
            org.eclipse.equinox.p2.engine.IProvisioningPlan move = engine.createPlan(profile, null);
            move.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, path);
            move.setProfileProperty(IProfile.PROP_CACHE, path);
            IStatus moved = engine.perform(move, new org.eclipse.core.runtime.NullProgressMonitor());
            if (!moved.isOK()) {
                agent.stop();
                throw new ProvisionException(moved);
            }
        }
        return new PluginInstaller(agent, profileId);
    }

    /**
     * The eclipse touchpoint writes bundles.info through the framework-admin services, which are
     * Declarative Services components of bundles nobody starts in a product that is not the IDE
     * ("Could not acquire the framework manipulator service"): start them for this session.
     */
    private static void startServices(BundleContext context) {
        for (org.osgi.framework.Bundle bundle : context.getBundles()) {
            if (SERVICE_BUNDLES.contains(bundle.getSymbolicName()) && bundle.getState() != org.osgi.framework.Bundle.ACTIVE) {
                try {
                    bundle.start(org.osgi.framework.Bundle.START_TRANSIENT);
                } catch (org.osgi.framework.BundleException e) {
                    throw new IllegalStateException("cannot start " + bundle.getSymbolicName(), e);
                }
            }
        }
    }

    private static final Set<String> SERVICE_BUNDLES = Set.of("org.eclipse.equinox.frameworkadmin",
            "org.eclipse.equinox.frameworkadmin.equinox", "org.eclipse.equinox.simpleconfigurator.manipulator",
            "org.eclipse.equinox.p2.touchpoint.eclipse", "org.eclipse.equinox.p2.engine",
            "org.eclipse.equinox.p2.director", "org.eclipse.equinox.p2.core");

    static URI dataArea(BundleContext context, String area) {
        String value = area;
        if (value.startsWith("@config.dir")) {
            String config = context.getProperty("osgi.configuration.area");
            URI base = URI.create(config.endsWith("/") ? config : config + "/");
            value = base.resolve(value.substring("@config.dir".length()).replaceFirst("^/", "")).toString();
        }
        return value.startsWith("file:") ? URI.create(value) : new File(value).toURI();
    }

    /** @return the features installed in the profile whose id starts with {@code prefix}, by id */
    public List<InstalledFeature> features(String prefix) {
        return groups(profile().query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet(), prefix);
    }

    /** @return the features of the repository at {@code repository} whose id starts with {@code prefix}, newest only */
    public List<InstalledFeature> available(URI repository, String prefix, IProgressMonitor monitor)
            throws ProvisionException {
        IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).loadRepository(repository,
                monitor);
        return groups(metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor)
                .toUnmodifiableSet(), prefix);
    }

    private static List<InstalledFeature> groups(Set<IInstallableUnit> units, String prefix) {
        return units.stream().filter(iu -> iu.getId().endsWith(GROUP_SUFFIX) && iu.getId().startsWith(prefix))
                .map(iu -> new InstalledFeature(iu.getId().substring(0, iu.getId().length() - GROUP_SUFFIX.length()),
                        iu.getVersion().toString(), iu.getProperty(IInstallableUnit.PROP_NAME, null)))
                .sorted(Comparator.comparing(InstalledFeature::id)).toList();
    }

    /** @return every installable unit of the profile as {@code id version}, sorted (to tell what a change did) */
    public java.util.SortedSet<String> units() {
        java.util.SortedSet<String> units = new java.util.TreeSet<>();
        profile().query(QueryUtil.createIUAnyQuery(), null).forEach(iu -> units.add(iu.getId() + " " + iu.getVersion()));
        return units;
    }

    /** Installs the newest {@code featureId} found in the repository at {@code repository}. */
    public IStatus install(String featureId, URI repository, IProgressMonitor monitor) throws ProvisionException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).loadRepository(repository,
                progress.split(1));
        agent.getService(IArtifactRepositoryManager.class).loadRepository(repository, progress.split(1));
        Set<IInstallableUnit> units = metadata.query(QueryUtil.createLatestQuery(
                QueryUtil.createIUQuery(featureId + GROUP_SUFFIX)), progress.split(1)).toUnmodifiableSet();
        if (units.isEmpty()) {
            throw new ProvisionException("no feature " + featureId + " in " + repository);
        }
        InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
        operation.getProvisioningContext().setMetadataRepositories(repository);
        operation.getProvisioningContext().setArtifactRepositories(repository);
        return run(operation, progress.split(7));
    }

    /** Uninstalls {@code featureId} from the profile. */
    public IStatus uninstall(String featureId, IProgressMonitor monitor) throws ProvisionException {
        Set<IInstallableUnit> units = profile().query(QueryUtil.createIUQuery(featureId + GROUP_SUFFIX), null)
                .toUnmodifiableSet();
        if (units.isEmpty()) {
            throw new ProvisionException("feature " + featureId + " is not installed");
        }
        return run(new UninstallOperation(new ProvisioningSession(agent), units), monitor);
    }

    private IStatus run(ProfileChangeOperation operation, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        operation.setProfileId(profileId);
        IStatus resolved = operation.resolveModal(progress.split(3));
        if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
            return operation.getResolutionResult() == null ? resolved : operation.getResolutionResult();
        }
        ProvisioningJob job = operation.getProvisioningJob(progress.split(1));
        return job == null ? resolved : job.runModal(progress.split(6));
    }

    private IProfile profile() {
        IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
        if (profile == null) {
            throw new IllegalStateException("no p2 profile " + profileId);
        }
        return profile;
    }

    @Override
    public void close() {
        agent.stop();
    }
}
