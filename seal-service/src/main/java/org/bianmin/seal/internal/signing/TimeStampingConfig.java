package org.bianmin.seal.internal.signing;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How signing and OFD sealing time-stamp their signatures (PID {@value #PID}, shared by both):
 * what to do when the time-stamp authority is unavailable ({@link SignatureTimeStamper}).
 */
@ObjectClassDefinition(name = "Bianmin signing time-stamps",
        description = "Every signature carries an RFC 3161 time-stamp (GB/T 38540 timeStamp); this decides what"
                + " happens when the time-stamp authority cannot be reached.")
public @interface TimeStampingConfig {
    /** The configuration PID of signing and sealing. */
    String PID = "org.bianmin.seal.signing";

    @AttributeDefinition(name = "When the TSA is unavailable",
            description = "refuse: sign nothing (approval seals); sign-without: sign without a time-stamp and"
                    + " record that in the use register.")
    String timestamp_unavailable() default "refuse";
}
