package org.bianmin.rest.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianmin.catalogue.CatalogueVersions;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.core.Actor;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.rest.support.Inputs;
import org.bianmin.seal.SealRegistry;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Loads the demo when the application starts and the server variable {@code bianmin.demo} is true
 * (the demo profile, profiles/demo.xml; false in the shipped server.xml): for each annex-2 pilot
 * centre an active approval seal with numbered sub-seals ({@link PilotSeals}), the two pilot village
 * rooms as proxy points with an agent ({@link PilotProxyPoints}); the demo catalogue itself is
 * imported by the catalogue component (profiles/demo.xml, {@code initial.catalogue}). Every step
 * looks before it writes, so a restart on a kept database adds nothing. The seals are valid from the
 * day of loading, so the demo starts in any year, and the demo catalogue is published as version 1
 * when nothing is published yet.
 * Then it prints where the API is, that this is a demo, who can log in, and whether the demo loaded
 * completely; without the demo only where the API is.
 */
@ApplicationScoped
public class DemoData {
    /** The title of the demo catalogue's first published version. */
    static final String FIRST_VERSION = "泸定县便民服务事项目录（演示）第1版";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    TimeSource clock;

    @Inject
    SealRegistry registry;

    @Inject
    ProxyPoints points;

    @Inject
    CatalogueVersions versions;

    void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Config config = ConfigProvider.getConfig();
        String port = config.getOptionalValue("https.port", String.class).orElse("9443");
        String base = "https://localhost:" + port;
        if (!config.getOptionalValue("bianmin.demo", Boolean.class).orElse(Boolean.FALSE)) {
            System.out.println(Banner.production(base));
            return;
        }
        String demo;
        try {
            new PilotSeals(registry, Inputs.today(clock)).load();
            new PilotProxyPoints(points).load();
            publishFirstVersion();
            demo = "demo data loaded";
            LOG.info("the demo data of the annex-2 pilot sites is loaded");
        } catch (RuntimeException e) {
            demo = "demo data only PARTLY loaded, see the log: " + e.getMessage();
            LOG.log(Level.WARNING, "the demo data could not be loaded completely: " + e, e);
        }
        System.out.println(Banner.demo(base, demo));
    }

    /**
     * Publishes the demo catalogue as version 1 when nothing is published yet, so that the public
     * listing (C-DISCLOSE) answers from the first start instead of 404 until a supervisor publishes.
     */
    private void publishFirstVersion() {
        if (versions.versions().isEmpty()) {
            versions.publish(FIRST_VERSION, new ChangeNote(Actor.of("demo"), "演示目录首次公布",
                    "演示数据（非正式文件）", Inputs.today(clock)));
        }
    }
}
