package org.bianmin.rest.seal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.LongSupplier;
import org.bianmin.rest.support.AddressAllowance;

/**
 * How many public verifications ({@link UploadWork#PUBLIC_VERIFICATION}) one client address may ask
 * for (公众验章的频次限制): {@code bianmin.public.verification.per.minute} (default 10), as
 * {@link AddressAllowance} counts them.
 */
@ApplicationScoped
public class PublicAllowance extends AddressAllowance {
    /** The variable that sets the requests a minute from one address. */
    static final String PER_MINUTE_VARIABLE = "bianmin.public.verification.per.minute";

    /** The allowance on the JVM's monotonic clock, configured from MicroProfile Config. */
    public PublicAllowance() {
        this(System::nanoTime, 10);
    }

    PublicAllowance(LongSupplier nanoTime, int perMinute) {
        super(nanoTime, perMinute);
    }

    @PostConstruct
    void configure() {
        configure(PER_MINUTE_VARIABLE, 10);
    }
}
