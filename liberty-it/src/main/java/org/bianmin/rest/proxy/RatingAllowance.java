package org.bianmin.rest.proxy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.bianmin.rest.support.AddressAllowance;

/**
 * How many rating attempts one client address may make on the endpoint without a login
 * ({@link ApplicantRatingResource}): {@code bianmin.public.ratings.per.minute} (default 10), as
 * {@link AddressAllowance} counts them, so that nobody can try codes in bulk or load the ledger
 * through it. The codes' 128 random bits make guessing hopeless anyway.
 */
@ApplicationScoped
public class RatingAllowance extends AddressAllowance {
    /** The variable that sets the attempts a minute from one address. */
    static final String PER_MINUTE_VARIABLE = "bianmin.public.ratings.per.minute";

    /** The allowance on the JVM's monotonic clock, configured from MicroProfile Config. */
    public RatingAllowance() {
        super(System::nanoTime, 10);
    }

    @PostConstruct
    void configure() {
        configure(PER_MINUTE_VARIABLE, 10);
    }
}
