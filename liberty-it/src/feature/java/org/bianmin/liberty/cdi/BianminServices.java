package org.bianmin.liberty.cdi;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.Witness;
import org.bianmin.catalogue.CalendarYears;
import org.bianmin.catalogue.CatalogueListingRenderer;
import org.bianmin.catalogue.CatalogueTransfer;
import org.bianmin.catalogue.CatalogueVersions;
import org.bianmin.catalogue.DevolutionGrants;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.PointLedgers;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.proxy.ProxyReports;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealReportRenderer;
import org.bianmin.seal.OfdSealer;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.EvidenceRecordArchive;
import org.bianmin.seal.RevocationListPublisher;
import org.bianmin.seal.TimeStampAuthority;
import org.bianmin.seal.SealVerifier;
import org.bianmin.standards.StandardsChecker;
import org.bianmin.standards.StandardsReportRenderer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The CDI producers of Bianmin's services, one per core-api service interface. What an application
 * receives is a stand-in that calls the OSGi service registered at the time of each call (waiting
 * up to {@link #START_WAIT} for it to appear, {@link #GAP_WAIT} for it to come back), so an
 * application deploys before every Bianmin bundle has activated and keeps working when a bundle is
 * updated; a service that stays away is answered with 503 {@code SERVICE_UNAVAILABLE}.
 */
@ApplicationScoped
public class BianminServices {
    /** How long a call waits for a service that has not been registered since the server started. */
    static final Duration START_WAIT = Duration.ofSeconds(30);

    /** How long a call waits for a service that was registered and is gone. */
    static final Duration GAP_WAIT = Duration.ofSeconds(2);

    private final ServiceStandIns standIns;

    public BianminServices() {
        BundleContext context = FrameworkUtil.getBundle(BianminServices.class).getBundleContext();
        this.standIns = new ServiceStandIns(context, START_WAIT, GAP_WAIT);
    }

    /** The platform's clock: a registered {@link TimeSource}, or the system clock while none is. */
    @Produces
    public TimeSource timeSource() {
        return standIns.orElse(TimeSource.class, TimeSource.system());
    }

    @Produces
    public SealRegistry sealRegistry() {
        return standIns.of(SealRegistry.class);
    }

    @Produces
    public SealSigner sealSigner() {
        return standIns.of(SealSigner.class);
    }

    @Produces
    public Witness witness() {
        return standIns.of(Witness.class);
    }

    @Produces
    public TimeStampAuthority timeStampAuthority() {
        return standIns.of(TimeStampAuthority.class);
    }

    @Produces
    public RevocationListPublisher revocationListPublisher() {
        return standIns.of(RevocationListPublisher.class);
    }

    @Produces
    public EvidenceRecordArchive evidenceRecordArchive() {
        return standIns.of(EvidenceRecordArchive.class);
    }

    @Produces
    public OfdSealer ofdSealer() {
        return standIns.of(OfdSealer.class);
    }

    @Produces
    public SealVerifier sealVerifier() {
        return standIns.of(SealVerifier.class);
    }

    @Produces
    public SealReportRenderer sealReportRenderer() {
        return standIns.of(SealReportRenderer.class);
    }

    @Produces
    public ServiceCatalogue serviceCatalogue() {
        return standIns.of(ServiceCatalogue.class);
    }

    @Produces
    public WorkingDays workingDays() {
        return standIns.of(WorkingDays.class);
    }

    @Produces
    public CalendarYears calendarYears() {
        return standIns.of(CalendarYears.class);
    }

    @Produces
    public CatalogueVersions catalogueVersions() {
        return standIns.of(CatalogueVersions.class);
    }

    @Produces
    public CatalogueListingRenderer catalogueListingRenderer() {
        return standIns.of(CatalogueListingRenderer.class);
    }

    @Produces
    public DevolutionGrants devolutionGrants() {
        return standIns.of(DevolutionGrants.class);
    }

    @Produces
    public CatalogueTransfer catalogueTransfer() {
        return standIns.of(CatalogueTransfer.class);
    }

    @Produces
    public ProxyPoints proxyPoints() {
        return standIns.of(ProxyPoints.class);
    }

    @Produces
    public ProxyCases proxyCases() {
        return standIns.of(ProxyCases.class);
    }

    @Produces
    public ProxyReports proxyReports() {
        return standIns.of(ProxyReports.class);
    }

    @Produces
    public PointLedgers pointLedgers() {
        return standIns.of(PointLedgers.class);
    }

    @Produces
    public StandardsChecker standardsChecker() {
        return standIns.of(StandardsChecker.class);
    }

    @Produces
    public StandardsReportRenderer standardsReportRenderer() {
        return standIns.of(StandardsReportRenderer.class);
    }

    @Produces
    public AuditTrail auditTrail() {
        return standIns.of(AuditTrail.class);
    }

    @PreDestroy
    void close() {
        standIns.close();
    }
}
