package org.bianmin.audit;

import org.bianmin.core.Checks;

/**
 * The witness's answer to an {@code add-checkpoint} request (C2SP tlog-witness).
 *
 * @param outcome what the witness decided
 * @param body    the cosignature lines when {@link Outcome#COSIGNED}; for {@link Outcome#CONFLICT}
 *                the tree size of the latest checkpoint it cosigned and a line feed; otherwise a
 *                message a person can act on
 */
public record WitnessAnswer(Outcome outcome, String body) {
    /** The outcomes of tlog-witness, each with its HTTP status. */
    public enum Outcome {
        /** Checked and cosigned: 200. */
        COSIGNED(200),
        /** The request is malformed, or its old size exceeds the checkpoint's size: 400. */
        MALFORMED(400),
        /** No signature of a key the witness trusts for the origin verifies: 403. */
        NOT_TRUSTED(403),
        /** The witness trusts no log of this origin: 404. */
        UNKNOWN_LOG(404),
        /** The old size is not the size the witness last cosigned, or the same size has another root: 409. */
        CONFLICT(409),
        /** The consistency proof does not prove the checkpoint extends the last one cosigned: 422. */
        INCONSISTENT(422);

        private final int httpStatus;

        Outcome(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /** The HTTP status tlog-witness gives this outcome. */
        public int httpStatus() {
            return httpStatus;
        }
    }

    /** The media type of a {@link Outcome#CONFLICT} body (tlog-witness). */
    public static final String SIZE_MEDIA_TYPE = "text/x.tlog.size";

    public WitnessAnswer {
        Checks.required(outcome, "outcome");
        Checks.required(body, "body");
    }

    /** The media type of the body: {@value #SIZE_MEDIA_TYPE} for a conflict, plain UTF-8 text otherwise. */
    public String mediaType() {
        return outcome == Outcome.CONFLICT ? SIZE_MEDIA_TYPE : "text/plain; charset=utf-8";
    }
}
