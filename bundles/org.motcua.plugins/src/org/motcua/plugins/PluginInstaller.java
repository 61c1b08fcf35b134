package org.motcua.plugins;

import java.io.File;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
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
        IProfile profile = profile();
        return profile.query(QueryUtil.createIUGroupQuery(), null).stream()
                .filter(iu -> iu.getId().endsWith(GROUP_SUFFIX) && iu.getId().startsWith(prefix))
                .map(iu -> new InstalledFeature(iu.getId().substring(0, iu.getId().length() - GROUP_SUFFIX.length()),
                        iu.getVersion().toString(), iu.getProperty(IInstallableUnit.PROP_NAME, null)))
                .sorted(Comparator.comparing(InstalledFeature::id)).toList();
    }

    /** Installs the newest {@code featureId} found in the repository at {@code repository}. */
    public IStatus install(String featureId, URI repository) throws ProvisionException {
        NullProgressMonitor monitor = new NullProgressMonitor();
        IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).loadRepository(repository, monitor);
        agent.getService(IArtifactRepositoryManager.class).loadRepository(repository, monitor);
        Set<IInstallableUnit> units = metadata.query(QueryUtil.createLatestQuery(
                QueryUtil.createIUQuery(featureId + GROUP_SUFFIX)), monitor).toUnmodifiableSet();
        if (units.isEmpty()) {
            throw new ProvisionException("no feature " + featureId + " in " + repository);
        }
        InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
        operation.getProvisioningContext().setMetadataRepositories(repository);
        operation.getProvisioningContext().setArtifactRepositories(repository);
        return run(operation);
    }

    /** Uninstalls {@code featureId} from the profile. */
    public IStatus uninstall(String featureId) throws ProvisionException {
        Set<IInstallableUnit> units = profile().query(QueryUtil.createIUQuery(featureId + GROUP_SUFFIX), null)
                .toUnmodifiableSet();
        if (units.isEmpty()) {
            throw new ProvisionException("feature " + featureId + " is not installed");
        }
        return run(new UninstallOperation(new ProvisioningSession(agent), units));
    }

    private IStatus run(ProfileChangeOperation operation) {
        NullProgressMonitor monitor = new NullProgressMonitor();
        operation.setProfileId(profileId);
        IStatus resolved = operation.resolveModal(monitor);
        if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
            return operation.getResolutionResult() == null ? resolved : operation.getResolutionResult();
        }
        ProvisioningJob job = operation.getProvisioningJob(monitor);
        return job == null ? resolved : job.runModal(monitor);
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
